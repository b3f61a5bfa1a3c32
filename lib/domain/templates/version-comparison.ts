import { diffWords, hasChanges, type DiffPart } from "@/lib/domain/clauses/text-diff";
import { flattenCriteria, type Criterion } from "@/lib/domain/tender/criteria-tree";
import { SOVEREIGNTY_OBJECTIVES, type SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import type {
  GuidanceSection,
  TemplateClause,
  TemplateContent,
  TemplateIntendedUse,
  TemplateRequirement,
} from "./template-content";

/**
 * What changed between two versions of a template, section by section, for the catalogue's
 * comparison page. A minimal, local comparison written for the catalogue while template-core's
 * `diffTemplateVersions` (lib/domain/templates/template-diff.ts) was not yet there: items of a
 * list are matched by their key (clause key, requirement key, criterion key, guidance section),
 * and texts are compared word by word.
 */

export type TemplateVersionForDiff = { name: string; content: TemplateContent };

export type ListChanges<T> = { added: T[]; removed: T[]; changed: { before: T; after: T }[] };

export type CriterionEntry = { key: string; label: string; criterion: Criterion };

export type SovereigntyChange = {
  objective: SovereigntyObjective;
  sealBefore: number | null;
  sealAfter: number | null;
  weightBefore: number | null;
  weightAfter: number | null;
};

export type TemplateVersionDiff = {
  /** Word differences, or null when the text did not change. */
  name: DiffPart[] | null;
  summary: DiffPart[] | null;
  intendedUse: { field: keyof TemplateIntendedUse; before: unknown; after: unknown }[];
  clauses: ListChanges<TemplateClause>;
  requirements: ListChanges<TemplateRequirement> & { textDiffs: Record<string, DiffPart[]> };
  criteria: ListChanges<CriterionEntry>;
  /** Award settings other than the tree: scale, aggregation, discount rate, horizon, threshold. */
  awardSettings: { field: string; before: unknown; after: unknown }[];
  sovereignty: { assessmentChanged: boolean; objectives: SovereigntyChange[] };
  guidance: { section: GuidanceSection; parts: DiffPart[] }[];
  licence: { before: string; after: string } | null;
};

export function diffTemplateVersions(a: TemplateVersionForDiff, b: TemplateVersionForDiff): TemplateVersionDiff {
  const before = a.content;
  const after = b.content;
  const requirements = diffList(before.requirements, after.requirements, (r) => r.key);
  return {
    name: textDiff(a.name, b.name),
    summary: textDiff(before.summary, after.summary),
    intendedUse: (Object.keys(after.intendedUse) as (keyof TemplateIntendedUse)[])
      .filter((field) => !same(before.intendedUse[field], after.intendedUse[field]))
      .map((field) => ({ field, before: before.intendedUse[field], after: after.intendedUse[field] })),
    clauses: diffList(before.clauses, after.clauses, (clause) => clause.key),
    requirements: {
      ...requirements,
      textDiffs: Object.fromEntries(
        requirements.changed
          .filter((change) => change.before.text !== change.after.text)
          .map((change) => [change.after.key, diffWords(change.before.text, change.after.text)]),
      ),
    },
    criteria: diffList(criterionEntries(before), criterionEntries(after), (entry) => entry.key),
    awardSettings: awardSettingChanges(before, after),
    sovereignty: sovereigntyChanges(before, after),
    guidance: guidanceChanges(before, after),
    licence: before.licence === after.licence ? null : { before: before.licence, after: after.licence },
  };
}

/** True when nothing at all changed (a republished identical version). */
export function isUnchanged(diff: TemplateVersionDiff): boolean {
  const lists = [diff.clauses, diff.requirements, diff.criteria];
  return (
    !diff.name &&
    !diff.summary &&
    diff.intendedUse.length === 0 &&
    lists.every((list) => list.added.length + list.removed.length + list.changed.length === 0) &&
    diff.awardSettings.length === 0 &&
    !diff.sovereignty.assessmentChanged &&
    diff.sovereignty.objectives.length === 0 &&
    diff.guidance.length === 0 &&
    !diff.licence
  );
}

function textDiff(before: string, after: string): DiffPart[] | null {
  if (before === after) return null;
  const parts = diffWords(before, after);
  return hasChanges(parts) ? parts : null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffList<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): ListChanges<T> {
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const afterKeys = new Set(after.map(keyOf));
  const changes: ListChanges<T> = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const previous = beforeByKey.get(keyOf(item));
    if (previous === undefined) changes.added.push(item);
    else if (!same(previous, item)) changes.changed.push({ before: previous, after: item });
  }
  changes.removed = before.filter((item) => !afterKeys.has(keyOf(item)));
  return changes;
}

/** Each criterion of the tree without its children, named with its parents ("Quality › Fit"). */
function criterionEntries(content: TemplateContent): CriterionEntry[] {
  const labels = new Map<string, string>();
  return flattenCriteria(content.award?.criteria ?? []).map(({ criterion, path }) => {
    const parentPath = path.slice(0, path.lastIndexOf(".children."));
    const label = path.includes(".children.") ? `${labels.get(parentPath)} › ${criterion.name}` : criterion.name;
    labels.set(path, label);
    const { children: _children, ...own } = criterion;
    return { key: criterion.key, label, criterion: own };
  });
}

const AWARD_SETTINGS = [
  "qualityScale",
  "scoreAggregation",
  "discountRatePercent",
  "tcoHorizonYears",
  "minimumQualityPoints",
] as const;

function awardSettingChanges(before: TemplateContent, after: TemplateContent) {
  return AWARD_SETTINGS.filter((field) => !same(before.award?.[field], after.award?.[field])).map((field) => ({
    field,
    before: before.award?.[field] ?? null,
    after: after.award?.[field] ?? null,
  }));
}

function sovereigntyChanges(before: TemplateContent, after: TemplateContent): TemplateVersionDiff["sovereignty"] {
  const a = before.sovereignty;
  const b = after.sovereignty;
  const objectives = SOVEREIGNTY_OBJECTIVES.map((objective) => ({
    objective,
    sealBefore: a?.minimumSeal[objective]?.seal ?? null,
    sealAfter: b?.minimumSeal[objective]?.seal ?? null,
    weightBefore: a?.weights[objective] ?? null,
    weightAfter: b?.weights[objective] ?? null,
  })).filter((change) => change.sealBefore !== change.sealAfter || change.weightBefore !== change.weightAfter);
  return { assessmentChanged: !same(a?.assessment ?? null, b?.assessment ?? null), objectives };
}

function guidanceChanges(before: TemplateContent, after: TemplateContent): TemplateVersionDiff["guidance"] {
  const textOf = (content: TemplateContent, section: GuidanceSection) =>
    content.guidance
      .filter((note) => note.section === section)
      .map((note) => note.text)
      .join("\n\n");
  const sections = [...new Set([...before.guidance, ...after.guidance].map((note) => note.section))];
  return sections.flatMap((section) => {
    const parts = textDiff(textOf(before, section), textOf(after, section));
    return parts ? [{ section, parts }] : [];
  });
}
