import { z } from "zod";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { chosenClauseProblems } from "@/lib/domain/clauses/chosen-clauses";
import { messageRef } from "@/lib/i18n/message-ref";
import { sectionBase } from "./tender";

export const MAX_CHOSEN_CLAUSES = 100;

/**
 * A parameter's value as a form sends it: text, a number, or the standards ticked. An unticked
 * checkbox group arrives as `false` from react-hook-form: it means "none ticked".
 */
const parameterValue = z.preprocess(
  (value) => (value === false || value === null || value === undefined ? "" : value),
  z.union([z.string().max(2_000), z.number(), z.array(z.string().max(100)).max(50)]),
);

/** A chosen clause's key and parameter values, as the tender's section and the template builder send them. */
export const chosenClauseFields = {
  key: z
    .string()
    .trim()
    .min(1)
    .max(100, { error: messageRef("validation.tooLong", { max: 100 }) }),
  values: z.record(z.string().max(100), parameterValue),
};

const chosenClause = z.object({ ...chosenClauseFields, version: z.number().int().min(1) });

/** The list of chosen clauses, at most MAX_CHOSEN_CLAUSES. */
export function chosenClauseList<Item extends z.ZodType>(item: Item) {
  return z
    .array(item)
    .max(MAX_CHOSEN_CLAUSES, { error: messageRef("validation.clausesTooMany", { max: MAX_CHOSEN_CLAUSES }) });
}

/**
 * Every rule that needs the clauses' definitions (by `key@version`), as issues at their fields:
 * a form checks parameters as they are typed; the server checks again with the definitions it loads.
 */
export function refineChosenClauses(definitions: ReadonlyMap<string, Clause>) {
  return (input: { clauses: Parameters<typeof chosenClauseProblems>[0] }, context: z.RefinementCtx) => {
    for (const problem of chosenClauseProblems(input.clauses, definitions)) {
      if (problem.severity !== "error" || !problem.path) continue;
      context.addIssue({
        code: "custom",
        path: problem.path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
        message: messageRef(`problems.${problem.code}`, problem.values),
      });
    }
  };
}

/**
 * Why a mandatory clause is removed. The form only removes one once this is written; the server
 * records it (with who and when) for the clauses that were in the tender.
 */
const removalJustification = z.object({
  key: z.string().trim().min(1).max(100),
  justification: z
    .string({ error: messageRef("validation.required") })
    .trim()
    .min(1, { error: messageRef("validation.mandatoryRemovalJustificationRequired") })
    .max(2000, { error: messageRef("validation.tooLong", { max: 2000 }) }),
});

/** The shape of the clauses section: which versions, in which order, with which values. */
export const clausesSchema = z.object({
  ...sectionBase,
  clauses: chosenClauseList(chosenClause),
  removedMandatory: z.array(removalJustification).max(MAX_CHOSEN_CLAUSES).default([]),
});
export type ClausesInput = z.input<typeof clausesSchema>;

/** The same shape, plus every rule that needs the clauses' definitions (by `key@version`). */
export function clausesSchemaFor(definitions: ReadonlyMap<string, Clause>) {
  return clausesSchema.superRefine(refineChosenClauses(definitions));
}
