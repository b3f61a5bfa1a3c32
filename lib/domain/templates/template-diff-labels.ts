import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause, ClauseParameterValue } from "@/lib/domain/clauses/clause-model";
import { formatParameterValue, renderClause } from "@/lib/domain/clauses/render-clause";
import type { DiffPart } from "@/lib/domain/clauses/text-diff";
import type { DocumentText } from "@/lib/domain/documents/document-text";
import { COST_FORMULA_RULES, type CostFormula } from "@/lib/domain/tender/cost-formulas";
import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import { RISK_LEVEL_CODES, SEAL_CODES, type RiskFactor, type SealLevel } from "@/lib/domain/tender/sovereignty";
import type { TemplateContent } from "./template-content";
import type { DiffValue, ItemChange, TemplateDiff, TemplateDiffSection } from "./template-diff";

/** The words the labels need, in the reader's language (lib/i18n/document-text.ts makes them). */
export type DiffWords = Pick<DocumentText, "language" | "t" | "has" | "number" | "money" | "list">;

export type DiffLabelContext = {
  before: TemplateContent;
  after: TemplateContent;
  /** The clause versions both contents name, by key@version: titles, parameter names and values. */
  clauses: ReadonlyMap<string, Clause>;
};

export type LabelledField = { field: string; name: string; before: string; after: string; text?: DiffPart[] };
export type LabelledItem = { kind: ItemChange["kind"]; key: string; title: string; fields: LabelledField[] };
export type LabelledSection = { section: TemplateDiffSection; title: string; items: LabelledItem[] };

const AWARD_SETTINGS = new Set([
  "qualityScale.max",
  "qualityScale.descriptors",
  "scoreAggregation",
  "discountRatePercent",
  "tcoHorizonYears",
  "minimumQualityPoints",
]);

/**
 * A template difference (diffTemplateVersions) in words for its readers: every code the diff
 * keeps raw (a category, a procedure, a clause key, a requirement level, a criterion key, a cost
 * formula, a risk level, a SEAL level, a guidance section, a clause parameter) becomes its label
 * in the reader's language, numbers and amounts are written the reader's way, and a code with no
 * label (an unknown clause, say) is shown as it is rather than hidden. Only changed sections.
 */
export function labelTemplateDiff(diff: TemplateDiff, context: DiffLabelContext, words: DiffWords): LabelledSection[] {
  const label = new Labeller(context, words);
  return diff.sections
    .filter((section) => section.changed)
    .map((section) => ({
      section: section.section,
      title: words.t(`templates.diff.sections.${section.section}`),
      items: section.items.map((item) => label.item(section.section, item)),
    }));
}

type Side = "before" | "after";

class Labeller {
  constructor(
    private readonly context: DiffLabelContext,
    private readonly words: DiffWords,
  ) {}

  item(section: TemplateDiffSection, item: ItemChange): LabelledItem {
    const clause = section === "clauses" ? this.clauseOf(item) : null;
    return {
      kind: item.kind,
      key: item.key,
      title: this.itemTitle(section, item, clause),
      fields: item.fields.map((field) => ({
        field: field.field,
        name: this.fieldName(field.field, clause?.definition ?? null),
        before: this.value(field.field, field.before, "before", clause?.definition ?? null),
        after: this.value(field.field, field.after, "after", clause?.definition ?? null),
        ...(field.text ? { text: field.text } : {}),
      })),
    };
  }

  /** The clause an item is about, in the newer version if it has it, with its definition. */
  private clauseOf(item: ItemChange) {
    const chosen =
      this.context.after.clauses.find((clause) => clause.key === item.key) ??
      this.context.before.clauses.find((clause) => clause.key === item.key);
    if (!chosen) return null;
    return { chosen, definition: this.context.clauses.get(chosenVersionKey(chosen.key, chosen.version)) ?? null };
  }

  private itemTitle(section: TemplateDiffSection, item: ItemChange, clause: ReturnType<Labeller["clauseOf"]>): string {
    switch (section) {
      case "clauses":
        return clause?.definition
          ? renderClause(clause.definition, clause.chosen.values, this.words.language).title
          : item.key;
      case "requirements":
        return item.key;
      case "award":
        return AWARD_SETTINGS.has(item.key) ? this.fieldName(item.key, null) : item.label;
      case "guidance":
        return this.maybe(`templates.guidance.sections.${item.key}`) ?? item.key;
      default:
        return this.fieldName(item.key, null);
    }
  }

  /** A field path in words: parameters by their label, sovereignty fields by factor and objective. */
  fieldName(field: string, clause: Clause | null): string {
    const { t } = this.words;
    let match: RegExpExecArray | null;
    if ((match = /^values\.(.+)$/.exec(field))) {
      const name = clause?.content[this.words.language].parameters[match[1]!]?.label ?? match[1]!;
      return t("templates.diff.fields.parameter", { name });
    }
    if ((match = /^assessment\.(.+)$/.exec(field))) {
      const factor = this.maybe(`tenders.sovereignty.factors.${match[1]}.name`) ?? match[1]!;
      return t("templates.diff.fields.assessment", { factor });
    }
    if ((match = /^minimumSeal\.([^.]+)\.(seal|justification)$/.exec(field))) {
      const objective = this.objective(match[1]!);
      return t(match[2] === "seal" ? "templates.diff.fields.minimumSeal" : "templates.diff.fields.sealJustification", {
        objective,
      });
    }
    if ((match = /^weights\.(.+)$/.exec(field))) {
      return t("templates.diff.fields.objectiveWeight", { objective: this.objective(match[1]!) });
    }
    const key = `templates.diff.fields.${field.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
    return this.maybe(key) ?? field;
  }

  /** One value in words, read against the version it belongs to (criterion names differ between versions). */
  value(field: string, value: DiffValue, side: Side, clause: Clause | null): string {
    const { words } = this;
    if (value === null) return words.t("templates.diff.empty");
    if (typeof value === "boolean") return words.t(value ? "templates.diff.yes" : "templates.diff.no");
    const parameter = /^values\.(.+)$/.exec(field)?.[1];
    if (parameter !== undefined) return this.parameterValue(clause, parameter, value);
    if (Array.isArray(value)) {
      if (value.length === 0) return words.t("templates.diff.empty");
      if (field === "procedureTypes")
        return words.list(value.map((code) => this.code("tenders.procedure", code, ".name")));
      // Scale descriptors are sentences of their own; a list joined with "and" would misread them.
      return field === "qualityScale.descriptors" ? value.join(" · ") : value.join(", ");
    }
    if (typeof value === "number") return this.numberValue(field, value);
    return this.textValue(field, value as string, side);
  }

  private numberValue(field: string, value: number): string {
    const { words } = this;
    if (field.endsWith("Cents")) return words.money(value, "EUR");
    let match: RegExpExecArray | null;
    if ((match = /^assessment\.(.+)$/.exec(field))) {
      const code = RISK_LEVEL_CODES[match[1] as RiskFactor]?.[value];
      return (
        (code && this.maybe(`tenders.sovereignty.factors.${match[1]}.levels.${code}.label`)) ?? words.number(value)
      );
    }
    if (/^minimumSeal\.[^.]+\.seal$/.test(field)) {
      const name = this.maybe(`tenders.sovereignty.seal.${SEAL_CODES[value as SealLevel]}.name`);
      return name ? words.t("tenders.sovereignty.sealLevel", { level: value, name }) : `SEAL-${value}`;
    }
    return words.number(value);
  }

  private textValue(field: string, value: string, side: Side): string {
    switch (field) {
      case "category":
        return this.code("templates.categories", value);
      case "contractNature":
        return this.code("tenders.nature", value, ".name");
      case "status":
        return this.code("templates.clauses.status", value, ".label");
      case "level":
        return this.code("tenders.requirementLevel", value);
      case "kind":
        return this.code("tenders.criterionKind", value);
      case "criterionKey":
      case "parent":
        return this.criterionName(value, side);
      case "costFormula": {
        const rule = COST_FORMULA_RULES[value as CostFormula];
        return rule ? this.code("tenders.criteria.formulas", rule.code) : value;
      }
      case "scoreAggregation":
        return this.code("tenders.criteria.rules.aggregation", value, ".label");
      case "licence":
        return this.code("templates.licences", value.replaceAll(".", "_"), ".label");
      default:
        return value;
    }
  }

  private parameterValue(clause: Clause | null, name: string, value: ClauseParameterValue): string {
    const parameter = clause?.parameters.find((candidate) => candidate.name === name);
    if (!clause || !parameter) return Array.isArray(value) ? value.join(", ") : String(value);
    const text = clause.content[this.words.language].parameters[name];
    // Free text and addresses as typed: the tender text's Markdown escaping means nothing here.
    if (parameter.kind === "TEXT" || parameter.kind === "URL") return String(value);
    return formatParameterValue(parameter, value, this.words.language, text?.options);
  }

  /** A criterion by its name in the version the value comes from; the key if it has none there. */
  private criterionName(key: string, side: Side): string {
    const award = this.context[side].award;
    const found = flattenCriteria(award?.criteria ?? []).find(({ criterion }) => criterion.key === key);
    return found?.criterion.name.trim() || key;
  }

  private objective(code: string): string {
    return this.maybe(`tenders.sovereigntyObjective.${code}`) ?? code;
  }

  /** The label of a code under a namespace, or the code itself when there is none. */
  private code(namespace: string, code: string, suffix = ""): string {
    return this.maybe(`${namespace}.${code}${suffix}`) ?? code;
  }

  private maybe(key: string): string | null {
    return this.words.has(key) ? this.words.t(key) : null;
  }
}
