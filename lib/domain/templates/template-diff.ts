import { diffWords, type DiffPart } from "@/lib/domain/clauses/text-diff";
import { flattenCriteria, type AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { RISK_FACTORS, SOVEREIGNTY_OBJECTIVES, type SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import type { TemplateContent } from "./template-content";

/**
 * What changed between two versions of a template, section by section, for the catalogue's
 * comparison page, the OSPO's publish page and the audit of a draft save. Items are matched by
 * identity (clause key, requirement identifier, criterion key, guidance section), so a change
 * shows as such rather than as a removal and an addition; a change of order alone is not
 * reported. Values are raw (codes, cents, numbers): template-diff-labels.ts puts them into words;
 * long texts come with a word-level difference.
 *
 * The drafter's template updates page does not use it, on purpose: it shows a tender's answers
 * before and after taking a section over (compareTenders on the tender, previewTakeOver), which
 * is not the difference between the two template versions. The take-over keeps the drafter's own
 * requirements and clauses and the clause values they changed, and works on the tender's sections
 * (about, procedure, scope…), not on the template's (guidance, licence and summary are never taken
 * over). Both rest on the same identities (requirement and clause keys), so they agree on what
 * counts as the same item.
 */
export const TEMPLATE_DIFF_SECTIONS = [
  "summary",
  "intendedUse",
  "clauses",
  "requirements",
  "sovereignty",
  "award",
  "guidance",
  "licence",
] as const;
export type TemplateDiffSection = (typeof TEMPLATE_DIFF_SECTIONS)[number];

export type DiffValue = string | number | boolean | null | readonly string[];

/** One field of an item: its value before and after (null where absent), and the words that changed for text. */
export type FieldChange = { field: string; before: DiffValue; after: DiffValue; text?: DiffPart[] };

export type ItemChange = {
  kind: "added" | "removed" | "changed";
  /** The item's identity: a clause key, a requirement identifier, a criterion key, a section, or a field path. */
  key: string;
  /** Its name as written in the template (a criterion's name), or the key. */
  label: string;
  /** For a changed item, the fields that differ; for an added or removed one, all of its fields. */
  fields: FieldChange[];
};

export type SectionDiff = { section: TemplateDiffSection; changed: boolean; items: ItemChange[] };
export type TemplateDiff = { changed: boolean; sections: SectionDiff[] };

/** The difference from version `a` (older) to version `b` (newer), every section in a fixed order. */
export function diffTemplateVersions(a: TemplateContent, b: TemplateContent): TemplateDiff {
  const items: Record<TemplateDiffSection, ItemChange[]> = {
    summary: fieldItems({ summary: a.summary }, { summary: b.summary }),
    intendedUse: fieldItems(intendedUseFields(a), intendedUseFields(b)),
    clauses: keyedItems(a.clauses, b.clauses, (clause) => clause.key, clauseFields),
    requirements: keyedItems(
      a.requirements,
      b.requirements,
      (requirement) => requirement.key,
      (requirement) => ({
        text: requirement.text,
        level: requirement.level,
        criterionKey: requirement.criterionKey,
      }),
    ),
    sovereignty: fieldItems(sovereigntyFields(a.sovereignty), sovereigntyFields(b.sovereignty)),
    award: [
      ...keyedItems(
        criteriaOf(a.award),
        criteriaOf(b.award),
        (entry) => entry.key,
        (entry) => entry.fields,
        labelOf,
      ),
      ...fieldItems(awardSettings(a.award), awardSettings(b.award)),
    ],
    guidance: keyedItems(
      a.guidance,
      b.guidance,
      (note) => note.section,
      (note) => ({ text: note.text }),
    ),
    licence: fieldItems({ licence: a.licence }, { licence: b.licence }),
  };
  const sections = TEMPLATE_DIFF_SECTIONS.map((section) => ({
    section,
    changed: items[section].length > 0,
    items: items[section],
  }));
  return { changed: sections.some((section) => section.changed), sections };
}

/** The sections that changed, for a quick "changed: clauses, award criteria" line. */
export function changedSections(diff: TemplateDiff): TemplateDiffSection[] {
  return diff.sections.filter((section) => section.changed).map((section) => section.section);
}

type Fields = Record<string, DiffValue>;

function same(a: DiffValue | undefined, b: DiffValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Fields written in words, whose changes are shown word by word; codes and numbers are shown whole. */
const PROSE_FIELDS = new Set(["summary", "text", "name", "description"]);
const isProse = (field: string) => PROSE_FIELDS.has(field) || field.endsWith(".justification");

function fieldChange(field: string, before: DiffValue | undefined, after: DiffValue | undefined): FieldChange {
  const change: FieldChange = { field, before: before ?? null, after: after ?? null };
  return isProse(field) && typeof before === "string" && typeof after === "string"
    ? { ...change, text: diffWords(before, after) }
    : change;
}

/** Items of one field each: a field present on one side only is added or removed. */
function fieldItems(before: Fields | null, after: Fields | null): ItemChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.flatMap((key): ItemChange[] => {
    const hadIt = before !== null && key in before;
    const hasIt = after !== null && key in after;
    // A field empty on both sides (a justification never written) is no change.
    if (same(before?.[key], after?.[key])) return [];
    const kind = hadIt && hasIt ? "changed" : hasIt ? "added" : "removed";
    return [{ kind, key, label: key, fields: [fieldChange(key, before?.[key], after?.[key])] }];
  });
}

/** Items matched by key, in the newer version's order, then the removed ones in the older one's. */
function keyedItems<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  fieldsOf: (item: T) => Fields,
  labelFor: (item: T) => string = keyOf,
): ItemChange[] {
  const older = new Map(before.map((item) => [keyOf(item), item]));
  const newerKeys = new Set(after.map(keyOf));
  const changes: ItemChange[] = [];
  for (const item of after) {
    const key = keyOf(item);
    const previous = older.get(key);
    const now = fieldsOf(item);
    if (!previous) {
      changes.push({ kind: "added", key, label: labelFor(item), fields: allFields(null, now) });
      continue;
    }
    const then = fieldsOf(previous);
    const fields = [...new Set([...Object.keys(then), ...Object.keys(now)])]
      .filter((field) => !same(then[field], now[field]))
      .map((field) => fieldChange(field, then[field], now[field]));
    if (fields.length > 0) changes.push({ kind: "changed", key, label: labelFor(item), fields });
  }
  for (const item of before) {
    if (newerKeys.has(keyOf(item))) continue;
    changes.push({ kind: "removed", key: keyOf(item), label: labelFor(item), fields: allFields(fieldsOf(item), null) });
  }
  return changes;
}

function allFields(before: Fields | null, after: Fields | null): FieldChange[] {
  const source = after ?? before ?? {};
  // An added or removed item lists what it holds; its empty fields say nothing.
  return Object.keys(source)
    .filter((field) => source[field] !== null)
    .map((field) => fieldChange(field, before?.[field], after?.[field]));
}

function intendedUseFields(content: TemplateContent): Fields {
  const use = content.intendedUse;
  return {
    category: use.category,
    contractNature: use.contractNature,
    cpvPrefixes: use.cpvPrefixes,
    procedureTypes: use.procedureTypes,
    minCents: use.valueRange.minCents,
    maxCents: use.valueRange.maxCents,
  };
}

function clauseFields(clause: TemplateContent["clauses"][number]): Fields {
  const values = Object.entries(clause.values).map(([name, value]) => [
    `values.${name}`,
    Array.isArray(value) ? [...value] : (value as string | number),
  ]);
  return { version: clause.version, status: clause.status, ...Object.fromEntries(values) };
}

function sovereigntyFields(profile: SovereigntyProfile | null): Fields | null {
  if (!profile) return null;
  const fields: Fields = {};
  for (const factor of RISK_FACTORS) fields[`assessment.${factor}`] = profile.assessment[factor];
  for (const objective of SOVEREIGNTY_OBJECTIVES) {
    fields[`minimumSeal.${objective}.seal`] = profile.minimumSeal[objective]?.seal ?? null;
    fields[`minimumSeal.${objective}.justification`] = profile.minimumSeal[objective]?.justification ?? null;
    fields[`weights.${objective}`] = profile.weights[objective];
  }
  return fields;
}

type CriterionEntry = { key: string; name: string; fields: Fields };

function criteriaOf(award: AwardCriteria | null): CriterionEntry[] {
  return flattenCriteria(award?.criteria ?? []).map(({ criterion, path }) => {
    const parentPath = path.includes(".children.") ? path.slice(0, path.lastIndexOf(".children.")) : null;
    const parent = parentPath
      ? flattenCriteria(award?.criteria ?? []).find((entry) => entry.path === parentPath)?.criterion.key
      : null;
    return {
      key: criterion.key,
      name: criterion.name,
      fields: {
        name: criterion.name,
        description: criterion.description ?? null,
        kind: criterion.kind,
        weight: criterion.weight,
        parent: parent ?? null,
        costFormula: criterion.costFormula ?? null,
        referencePriceCents: criterion.referencePriceCents ?? null,
        floorPriceCents: criterion.floorPriceCents ?? null,
        minimumScore: criterion.minimumScore ?? null,
      },
    };
  });
}

const labelOf = (entry: CriterionEntry) => entry.name.trim() || entry.key;

function awardSettings(award: AwardCriteria | null): Fields | null {
  if (!award) return null;
  return {
    "qualityScale.max": award.qualityScale.max,
    "qualityScale.descriptors": award.qualityScale.descriptors,
    scoreAggregation: award.scoreAggregation,
    discountRatePercent: award.discountRatePercent,
    tcoHorizonYears: award.tcoHorizonYears,
    minimumQualityPoints: award.minimumQualityPoints ?? null,
  };
}
