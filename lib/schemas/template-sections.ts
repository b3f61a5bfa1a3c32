import { z } from "zod";
import { chosenClauseProblems } from "@/lib/domain/clauses/chosen-clauses";
import { CLAUSE_STATUSES, type Clause } from "@/lib/domain/clauses/clause-model";
import { messageRef } from "@/lib/i18n/message-ref";
import { awardFields, readAwardInput, refineAward } from "./award-criteria";
import { refineSovereignty, sovereigntyFields } from "./sovereignty";
import { MAX_CLAUSE_KEY_LENGTH } from "./template-content";
import { templateBase } from "./template-forms";
import { MAX_CHOSEN_CLAUSES } from "./tender-clauses";
import { refineRequirementList, requirementListField } from "./tender-requirements";

/**
 * The builder's sections that a tender has too (clauses, requirements, sovereignty, award
 * criteria): the tender's own fields and rules, with the template's id and version in place of
 * the tender's, and, for clauses, the status each has in the template.
 */

/** As the tender's clauses form sends values: text, a number, or the standards ticked. */
const parameterValue = z.preprocess(
  (value) => (value === false || value === null || value === undefined ? "" : value),
  z.union([z.string().max(2_000), z.number(), z.array(z.string().max(100)).max(50)]),
);

const templateClauseInput = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(MAX_CLAUSE_KEY_LENGTH, { error: messageRef("validation.tooLong", { max: 100 }) }),
  version: z.coerce.number().int().min(1),
  status: z.enum(CLAUSE_STATUSES, { error: messageRef("templates.validation.clauseStatusRequired") }),
  values: z.record(z.string().max(100), parameterValue),
});

export const templateClausesSchema = z.object({
  ...templateBase,
  clauses: z
    .array(templateClauseInput)
    .max(MAX_CHOSEN_CLAUSES, { error: messageRef("validation.clausesTooMany", { max: MAX_CHOSEN_CLAUSES }) }),
});
export type TemplateClausesInput = z.input<typeof templateClausesSchema>;

/** With the definitions of the versions chosen (by key@version): the default values checked as the tender checks them. */
export function templateClausesSchemaFor(definitions: ReadonlyMap<string, Clause>) {
  return templateClausesSchema.superRefine((input, context) => {
    for (const problem of chosenClauseProblems(input.clauses, definitions)) {
      if (problem.severity !== "error" || !problem.path) continue;
      context.addIssue({
        code: "custom",
        path: problem.path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
        message: messageRef(`problems.${problem.code}`, problem.values),
      });
    }
  });
}

export const templateRequirementsSchema = z
  .object({ ...templateBase, requirements: requirementListField })
  .superRefine(refineRequirementList(null), { when: () => true });
export type TemplateRequirementsInput = z.input<typeof templateRequirementsSchema>;

export const templateSovereigntySchema = z
  .object({ ...templateBase, ...sovereigntyFields })
  .superRefine(refineSovereignty);
export type TemplateSovereigntyInput = z.input<typeof templateSovereigntySchema>;

/** As the tender's section: every error of validateCriteria blocks the save, at its field. */
export const templateCriteriaSchema = z
  .object({ ...templateBase, ...awardFields })
  .transform(({ templateId, version, ...input }) => ({ templateId, version, award: readAwardInput(input) }))
  .superRefine(({ award }, context) => refineAward(award, context));
export type TemplateCriteriaInput = z.input<typeof templateCriteriaSchema>;
