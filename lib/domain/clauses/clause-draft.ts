import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { ContractNature, ProcedureType } from "@/lib/domain/tender/tender-enums";
import type {
  Clause,
  ClauseCategory,
  ClauseContent,
  ClauseGuidance,
  ClauseParameter,
  ClauseParameterValue,
  ClauseSource,
  ClauseStatus,
} from "./clause-model";
import type { ClauseTopic } from "./clause-topics";

/**
 * What the library editor lets OSPO staff change, as the form holds it: per language the title,
 * body and guidance; the status; the applicability; each parameter's default as typed text. The
 * rest of a version (parameter definitions and their labels, sources, topics) is carried over from
 * the version the editor started from, so an edit can never break what the form does not show.
 */
export type ClauseTextDraft = { title: string; body: string; guidance: ClauseGuidance };

export type ClauseVersionDraft = {
  status: ClauseStatus;
  applicability: { contractNatures: ContractNature[]; procedureTypes: ProcedureType[]; cpvPrefixes: string[] };
  /** By parameter name; blank text means "no default". */
  parameters: { name: string; default: string }[];
  content: Record<Locale, ClauseTextDraft>;
};

/** A clause started in the app: no parameters yet (see docs/clauses.md), one source. */
export type NewClauseDraft = Omit<ClauseVersionDraft, "parameters"> & {
  key: string;
  category: ClauseCategory;
  topics: ClauseTopic[];
  source: ClauseSource;
};

/** The next version of `base` with the editor's changes. */
export function applyClauseDraft(base: Clause, draft: ClauseVersionDraft, version: number): Clause {
  const defaults = new Map(draft.parameters.map((parameter) => [parameter.name, parameter.default]));
  return {
    ...base,
    version,
    status: draft.status,
    applicability: {
      contractNatures: [...draft.applicability.contractNatures],
      procedureTypes: [...draft.applicability.procedureTypes],
      cpvPrefixes: [...draft.applicability.cpvPrefixes],
    },
    parameters: base.parameters.map((parameter) =>
      withDefault(parameter, readDefault(parameter, defaults.get(parameter.name) ?? "")),
    ),
    content: Object.fromEntries(
      LOCALES.map((locale) => [locale, { ...base.content[locale], ...textOf(draft.content[locale]) }]),
    ) as Record<Locale, ClauseContent>,
  };
}

/** Version 1 of a clause written in the app. */
export function clauseFromNewDraft(draft: NewClauseDraft): Clause {
  return {
    key: draft.key,
    version: 1,
    category: draft.category,
    topics: [...draft.topics],
    status: draft.status,
    applicability: {
      contractNatures: [...draft.applicability.contractNatures],
      procedureTypes: [...draft.applicability.procedureTypes],
      cpvPrefixes: [...draft.applicability.cpvPrefixes],
    },
    parameters: [],
    legalBasis: [],
    sources: [{ citation: draft.source.citation, url: draft.source.url }],
    content: Object.fromEntries(
      LOCALES.map((locale) => [locale, { ...textOf(draft.content[locale]), parameters: {} }]),
    ) as Record<Locale, ClauseContent>,
  };
}

/** What the editor shows for a version: defaults as text (standards as "A, B"). */
export function draftOf(clause: Clause): ClauseVersionDraft {
  return {
    status: clause.status,
    applicability: {
      contractNatures: [...clause.applicability.contractNatures],
      procedureTypes: [...clause.applicability.procedureTypes],
      cpvPrefixes: [...clause.applicability.cpvPrefixes],
    },
    parameters: clause.parameters.map((parameter) => ({ name: parameter.name, default: defaultText(parameter) })),
    content: Object.fromEntries(LOCALES.map((locale) => [locale, textOf(clause.content[locale])])) as Record<
      Locale,
      ClauseTextDraft
    >,
  };
}

/**
 * A default typed in the editor as the parameter's value: numbers for numeric kinds (text that is
 * not a number is kept, so the parameter check reports it), a list for standards, else the text.
 */
export function readDefault(parameter: ClauseParameter, text: string): ClauseParameterValue | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  switch (parameter.kind) {
    case "MONTHS":
    case "DAYS":
    case "HOURS":
    case "PERCENT":
    case "INTEGER": {
      const normalised = trimmed.replace(/^(-?\d+),(\d+)$/, "$1.$2");
      return /^-?\d+(?:\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
    }
    case "STANDARDS":
      return trimmed
        .split(/[\s,;]+/)
        .map((id) => id.trim())
        .filter(Boolean);
    default:
      return trimmed;
  }
}

export function defaultText(parameter: ClauseParameter): string {
  const value = parameter.default;
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** CPV prefixes as typed: "48, 72" or "48 72". */
export function readCpvPrefixes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((prefix) => prefix.trim())
    .filter(Boolean);
}

/**
 * The form field a definition problem belongs to: list items point at their list
 * (`applicability.cpvPrefixes.1` → `applicability.cpvPrefixes`), a missing language at its title,
 * and parts the form does not show (parameter definitions and labels) at the form as a whole.
 */
export function editorFieldOf(path: string | undefined): string {
  if (!path) return "_form";
  const listItem = /^(applicability\.(?:contractNatures|procedureTypes|cpvPrefixes)|topics)\.\d+$/.exec(path);
  if (listItem) return listItem[1]!;
  if (/^content\.(en|fr|de)$/.test(path)) return `${path}.title`;
  if (/^content\.(en|fr|de)\.(title|body|guidance\.(why|whenToUse|pitfalls))$/.test(path)) return path;
  if (/^parameters\.\d+\.default$/.test(path)) return path;
  if (/^sources\.0\.(citation|url)$/.test(path)) return path.replace("sources.0", "source");
  if (/^(key|category|status|topics|applicability\.(contractNatures|procedureTypes|cpvPrefixes))$/.test(path)) {
    return path;
  }
  if (path === "sources") return "source.citation";
  return "_form";
}

function withDefault(parameter: ClauseParameter, value: ClauseParameterValue | undefined): ClauseParameter {
  const { default: _previous, ...rest } = parameter;
  return (value === undefined ? rest : { ...rest, default: value }) as ClauseParameter;
}

function textOf(content: ClauseTextDraft): ClauseTextDraft {
  return {
    title: content.title,
    body: content.body,
    guidance: { why: content.guidance.why, whenToUse: content.guidance.whenToUse, pitfalls: content.guidance.pitfalls },
  };
}
