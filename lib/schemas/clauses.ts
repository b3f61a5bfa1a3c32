import { z } from "zod";
import {
  applyClauseDraft,
  clauseFromNewDraft,
  editorFieldOf,
  readCpvPrefixes,
} from "@/lib/domain/clauses/clause-draft";
import { validateClauseDefinition } from "@/lib/domain/clauses/clause-definition";
import { CLAUSE_CATEGORIES, CLAUSE_STATUSES, type Clause } from "@/lib/domain/clauses/clause-model";
import type { ClauseProblem } from "@/lib/domain/clauses/clause-problems";
import { CLAUSE_TOPICS } from "@/lib/domain/clauses/clause-topics";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { messageRef } from "@/lib/i18n/message-ref";
import { versionField } from "./fields";

/**
 * The library editor's forms (OSPO and ADMIN). Text fields may be blank here: the clause check
 * (validateClauseDefinition) then says which language misses what, with the same words on the
 * client and the server.
 */

const tooLong = (max: number) => ({ error: messageRef("validation.tooLong", { max }) });
const text = (max: number) =>
  z
    .string({ error: messageRef("validation.required") })
    .trim()
    .max(max, tooLong(max));

/** Checkbox groups send an array, a single value, or false/undefined when nothing is ticked. */
const asList = (value: unknown) =>
  value === undefined || value === null || value === false || value === ""
    ? []
    : Array.isArray(value)
      ? value
      : [value];
const listOf = <Values extends readonly [string, ...string[]]>(values: Values) =>
  z.preprocess(asList, z.array(z.enum(values, { error: messageRef("validation.invalid") })));

const contentSchema = z.object({
  title: text(200),
  body: text(20_000),
  guidance: z.object({ why: text(4000), whenToUse: text(4000), pitfalls: text(4000) }),
});

const editableFields = {
  status: z.enum(CLAUSE_STATUSES, { error: messageRef("validation.clauseStatusRequired") }),
  applicability: z.object({
    contractNatures: listOf(CONTRACT_NATURES),
    procedureTypes: listOf(PROCEDURE_TYPES),
    cpvPrefixes: text(500).transform(readCpvPrefixes),
  }),
  content: z.object({ en: contentSchema, fr: contentSchema, de: contentSchema }),
  changeNote: text(1000).refine((note) => note !== "", { error: messageRef("validation.clauseChangeNoteRequired") }),
};

/** Each problem of the clause check, on the form field it concerns. */
function reportProblems(problems: readonly ClauseProblem[], ctx: z.RefinementCtx) {
  for (const problem of problems) {
    if (problem.severity !== "error") continue;
    ctx.addIssue({
      code: "custom",
      path: editorFieldOf(problem.path).split("."),
      message: messageRef(`problems.${problem.code}`, problem.values),
    });
  }
}

const isClause = (value: unknown): value is Clause =>
  typeof value === "object" && value !== null && Array.isArray((value as Clause).parameters);

/** A new version of a clause. `base` is the version the editor started from (re-read on the server). */
export const clauseVersionSchema = z
  .object({
    key: z.string().min(1).max(80),
    lockVersion: versionField,
    base: z.custom<Clause>(isClause, { error: messageRef("validation.invalid") }),
    parameters: z.array(z.object({ name: z.string().max(80), default: text(2000) })).max(50),
    ...editableFields,
  })
  .superRefine((input, ctx) => {
    reportProblems(validateClauseDefinition(applyClauseDraft(input.base, input, input.base.version + 1)), ctx);
  });
export type ClauseVersionInput = z.infer<typeof clauseVersionSchema>;

/** A clause written in the app: version 1, without parameters (docs/clauses.md says why). */
export const newClauseSchema = z
  .object({
    key: text(80).refine((key) => key !== "", { error: messageRef("validation.clauseKeyRequired") }),
    category: z.enum(CLAUSE_CATEGORIES, { error: messageRef("validation.clauseCategoryRequired") }),
    topics: listOf(CLAUSE_TOPICS),
    source: z.object({ citation: text(300), url: text(500) }),
    ...editableFields,
  })
  .superRefine((input, ctx) => reportProblems(validateClauseDefinition(clauseFromNewDraft(input)), ctx));
export type NewClauseInput = z.infer<typeof newClauseSchema>;

/** Retiring or reinstating a clause always says why. */
export const clauseRetirementSchema = z.object({
  key: z.string().min(1).max(80),
  lockVersion: versionField,
  reason: text(1000).refine((reason) => reason !== "", { error: messageRef("validation.clauseReasonRequired") }),
});
export type ClauseRetirementInput = z.infer<typeof clauseRetirementSchema>;
