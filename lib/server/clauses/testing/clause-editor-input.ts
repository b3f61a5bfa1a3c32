import { draftOf } from "@/lib/domain/clauses/clause-draft";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { ParameterDraft } from "@/lib/domain/clauses/parameter-draft";
import type { NewClauseInput } from "@/lib/schemas/clauses";

/** What the library editor's forms send, for the integration tests of the clause actions. */

let counter = 0;

export const clauseText = (language: string, title: string, body?: string) => ({
  title,
  body: body ?? `The Contractor keeps the interfaces documented (${language}).`,
  guidance: { why: `Why (${language})`, whenToUse: `When (${language})`, pitfalls: `Pitfalls (${language})` },
});

/** A valid "Create a clause" form without parameters, under a key no other test uses. */
export function newClauseInput(key = `test-clause-${Date.now()}-${counter++}`) {
  return {
    key,
    category: "INTEROPERABILITY" as const,
    topics: ["INTEROPERABILITY" as const],
    status: "OPTIONAL" as const,
    parameters: [] as ParameterDraft[],
    legalBasis: [] as { citation: string; url: string }[],
    sources: [{ citation: "European Interoperability Framework", url: "https://ec.europa.eu/isa2/eif_en" }],
    applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: "48, 72" },
    content: {
      en: clauseText("en", "Documented interfaces"),
      fr: clauseText("fr", "Interfaces documentées"),
      de: clauseText("de", "Dokumentierte Schnittstellen"),
    },
    changeNote: "First version",
  } satisfies Omit<NewClauseInput, "applicability"> & { applicability: unknown };
}

/** The "Edit a clause" form for the clause as it is now, with some changes. */
export function editInput(
  entry: { key: string; clause: Clause; lockVersion: number },
  changes: Record<string, unknown> = {},
) {
  const draft = draftOf(entry.clause);
  return {
    key: entry.key,
    lockVersion: entry.lockVersion,
    ...draft,
    applicability: { ...draft.applicability, cpvPrefixes: draft.applicability.cpvPrefixes.join(", ") },
    changeNote: "Clearer wording",
    ...changes,
  };
}
