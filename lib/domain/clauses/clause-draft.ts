import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { ContractNature, ProcedureType } from "@/lib/domain/tender/tender-enums";
import type { Clause, ClauseCategory, ClauseContent, ClauseGuidance, ClauseSource, ClauseStatus } from "./clause-model";
import type { ClauseTopic } from "./clause-topics";
import { parameterDraftOf, parameterFromDraft, type ParameterDraft } from "./parameter-draft";

/**
 * A clause as the library editor's form holds it: everything a version has except its key and
 * number (the key is typed once, when the clause is created; the number is the next one). The
 * same draft serves "Create a clause" and "Edit a clause", so an edit can change anything a
 * clause has, parameters and sources included.
 */
export type ClauseTextDraft = { title: string; body: string; guidance: ClauseGuidance };
export type SourceDraft = { citation: string; url: string };

export type ClauseDraft = {
  category: ClauseCategory;
  topics: ClauseTopic[];
  status: ClauseStatus;
  applicability: { contractNatures: ContractNature[]; procedureTypes: ProcedureType[]; cpvPrefixes: string[] };
  parameters: ParameterDraft[];
  legalBasis: SourceDraft[];
  sources: SourceDraft[];
  content: Record<Locale, ClauseTextDraft>;
};

/** The version `version` of clause `key` that the draft describes. Texts are trimmed. */
export function clauseFromDraft(key: string, version: number, draft: ClauseDraft): Clause {
  const parameters = draft.parameters.map(parameterFromDraft);
  return {
    key: key.trim(),
    version,
    category: draft.category,
    topics: [...draft.topics],
    status: draft.status,
    applicability: {
      contractNatures: [...draft.applicability.contractNatures],
      procedureTypes: [...draft.applicability.procedureTypes],
      cpvPrefixes: [...draft.applicability.cpvPrefixes],
    },
    parameters: parameters.map(({ parameter }) => parameter),
    legalBasis: draft.legalBasis.map(sourceOf),
    sources: draft.sources.map(sourceOf),
    content: Object.fromEntries(
      LOCALES.map((locale): [Locale, ClauseContent] => [
        locale,
        {
          ...textOf(draft.content[locale]),
          parameters: Object.fromEntries(parameters.map(({ parameter, text }) => [parameter.name, text[locale]])),
        },
      ]),
    ) as Record<Locale, ClauseContent>,
  };
}

/** What the editor shows for a stored version. */
export function draftOf(clause: Clause): ClauseDraft {
  return {
    category: clause.category,
    topics: [...clause.topics],
    status: clause.status,
    applicability: {
      contractNatures: [...clause.applicability.contractNatures],
      procedureTypes: [...clause.applicability.procedureTypes],
      cpvPrefixes: [...clause.applicability.cpvPrefixes],
    },
    parameters: clause.parameters.map((parameter) => parameterDraftOf(parameter, clause.content)),
    legalBasis: clause.legalBasis.map(sourceOf),
    sources: clause.sources.map(sourceOf),
    content: Object.fromEntries(LOCALES.map((locale) => [locale, textOf(clause.content[locale])])) as Record<
      Locale,
      ClauseTextDraft
    >,
  };
}

/** An empty draft for "Create a clause": no category chosen, so the form asks. */
export function emptyClauseDraft(): Omit<ClauseDraft, "category" | "status"> {
  return {
    topics: [],
    applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: [] },
    parameters: [],
    legalBasis: [],
    sources: [{ citation: "", url: "" }],
    content: Object.fromEntries(
      LOCALES.map((locale) => [locale, { title: "", body: "", guidance: { why: "", whenToUse: "", pitfalls: "" } }]),
    ) as Record<Locale, ClauseTextDraft>,
  };
}

/** CPV prefixes as typed: "48, 72" or "48 72". */
export function readCpvPrefixes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((prefix) => prefix.trim())
    .filter(Boolean);
}

function sourceOf(source: ClauseSource | SourceDraft): ClauseSource {
  return { citation: source.citation.trim(), url: source.url.trim() };
}

function textOf(content: ClauseTextDraft): ClauseTextDraft {
  return {
    title: content.title.trim(),
    body: content.body.trim(),
    guidance: {
      why: content.guidance.why.trim(),
      whenToUse: content.guidance.whenToUse.trim(),
      pitfalls: content.guidance.pitfalls.trim(),
    },
  };
}
