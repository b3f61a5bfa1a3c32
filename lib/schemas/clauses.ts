import { z } from "zod";
import { clauseFromDraft, readCpvPrefixes } from "@/lib/domain/clauses/clause-draft";
import { editorProblem } from "@/lib/domain/clauses/clause-editor-fields";
import { validateClauseDefinition } from "@/lib/domain/clauses/clause-definition";
import {
  CLAUSE_CATEGORIES,
  CLAUSE_STATUSES,
  LICENCE_ACCEPTANCE,
  PARAMETER_KINDS,
  type Clause,
} from "@/lib/domain/clauses/clause-model";
import { CLAUSE_TOPICS } from "@/lib/domain/clauses/clause-topics";
import { STANDARD_AREAS } from "@/lib/domain/standards/open-standards";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { messageRef } from "@/lib/i18n/message-ref";
import { versionField } from "./fields";

/**
 * The library editor's forms (OSPO and ADMIN): one draft of a whole clause for "Create a clause"
 * and "Edit a clause". Text fields may be blank here: the clause check (validateClauseDefinition)
 * then says which language or parameter misses what, with the same words on the client and the
 * server, on the field that can fix it.
 */

export const MAX_CLAUSE_PARAMETERS = 30;
export const MAX_CLAUSE_SOURCES = 20;
export const MAX_CHOICE_OPTIONS = 20;

const tooLong = (max: number) => ({ error: messageRef("validation.tooLong", { max }) });
const text = (max: number) =>
  z
    .string({ error: messageRef("validation.required") })
    .trim()
    .max(max, tooLong(max));
const perLanguage = <Shape extends z.ZodType>(shape: Shape) => z.object({ en: shape, fr: shape, de: shape });

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

/**
 * One of fixed values, as a select or radios send it. Unlike z.enum, a blank choice does not stop
 * the clause check from running, so the form lists every problem at once.
 */
const oneOf = <Value extends string>(values: readonly Value[], required: string) =>
  z.preprocess(
    // Radios with none ticked send null.
    (value) => value ?? "",
    z
      .string({ error: messageRef(required) })
      .refine((value) => (values as readonly string[]).includes(value), { error: messageRef(required) })
      .transform((value) => value as Value),
  );

const sourceSchema = z.object({ citation: text(300), url: text(500) });

const parameterSchema = z.object({
  name: text(80),
  kind: z.enum(PARAMETER_KINDS, { error: messageRef("validation.clauseParameterKindRequired") }),
  required: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
  min: text(20),
  max: text(20),
  accept: z.enum(LICENCE_ACCEPTANCE, { error: messageRef("validation.invalid") }),
  areas: listOf(STANDARD_AREAS),
  join: z.enum(["and", "or"], { error: messageRef("validation.invalid") }),
  maxLength: text(10),
  options: z
    .array(z.object({ value: text(40), wording: perLanguage(text(300)) }))
    .max(MAX_CHOICE_OPTIONS, tooLong(MAX_CHOICE_OPTIONS)),
  default: text(2000),
  text: perLanguage(z.object({ label: text(200), hint: text(500) })),
});

const draftFields = {
  category: oneOf(CLAUSE_CATEGORIES, "validation.clauseCategoryRequired"),
  topics: listOf(CLAUSE_TOPICS),
  status: oneOf(CLAUSE_STATUSES, "validation.clauseStatusRequired"),
  applicability: z.object({
    contractNatures: listOf(CONTRACT_NATURES),
    procedureTypes: listOf(PROCEDURE_TYPES),
    cpvPrefixes: text(500).transform(readCpvPrefixes),
  }),
  parameters: z.array(parameterSchema).max(MAX_CLAUSE_PARAMETERS, tooLong(MAX_CLAUSE_PARAMETERS)),
  legalBasis: z.array(sourceSchema).max(MAX_CLAUSE_SOURCES, tooLong(MAX_CLAUSE_SOURCES)),
  sources: z.array(sourceSchema).max(MAX_CLAUSE_SOURCES, tooLong(MAX_CLAUSE_SOURCES)),
  content: perLanguage(contentSchema),
  changeNote: text(1000).refine((note) => note !== "", { error: messageRef("validation.clauseChangeNoteRequired") }),
};

/** Each error of the clause check, on the form field it concerns. */
function reportProblems(clause: Clause, ctx: z.RefinementCtx) {
  for (const problem of validateClauseDefinition(clause)) {
    if (problem.severity !== "error") continue;
    // A blank key, category or status already has its "Enter…"/"Choose…" message.
    if (problem.code === "clauses.keyInvalid" && clause.key === "") continue;
    if (problem.code === "clauses.categoryUnknown" && !clause.category) continue;
    if (problem.code === "clauses.statusUnknown" && !clause.status) continue;
    const { field, code, values } = editorProblem(problem, clause);
    ctx.addIssue({
      code: "custom",
      path: field.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
      message: messageRef(`problems.${code}`, values),
    });
  }
}

/** A new version of a clause: the whole clause as the editor shows it, saved as version n+1. */
export const clauseVersionSchema = z
  .object({ key: z.string().min(1).max(80), lockVersion: versionField, ...draftFields })
  .superRefine((input, ctx) => reportProblems(clauseFromDraft(input.key, 2, input), ctx));
export type ClauseVersionInput = z.infer<typeof clauseVersionSchema>;

/** A clause written in the app, as its version 1. */
export const newClauseSchema = z
  .object({
    key: text(80).refine((key) => key !== "", { error: messageRef("validation.clauseKeyRequired") }),
    ...draftFields,
  })
  .superRefine((input, ctx) => reportProblems(clauseFromDraft(input.key, 1, input), ctx));
export type NewClauseInput = z.infer<typeof newClauseSchema>;

/** Retiring or reinstating a clause always says why. */
export const clauseRetirementSchema = z.object({
  key: z.string().min(1).max(80),
  lockVersion: versionField,
  reason: text(1000).refine((reason) => reason !== "", { error: messageRef("validation.clauseReasonRequired") }),
});
export type ClauseRetirementInput = z.infer<typeof clauseRetirementSchema>;
