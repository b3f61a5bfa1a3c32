import { z } from "zod";
import { CLAUSE_STATUSES, type Clause } from "@/lib/domain/clauses/clause-model";
import { messageRef } from "@/lib/i18n/message-ref";
import { awardFields, readAwardInput, refineAward } from "./award-criteria";
import { refineSovereignty, sovereigntyFields } from "./sovereignty";
import { templateBase } from "./template-forms";
import { chosenClauseFields, chosenClauseList, refineChosenClauses } from "./tender-clauses";
import { refineRequirementList, requirementListField } from "./tender-requirements";

/**
 * The builder's sections that a tender has too (clauses, requirements, sovereignty, award
 * criteria): the tender's own fields and rules, with the template's id and version in place of
 * the tender's, and, for clauses, the status each has in the template.
 */

const templateClauseInput = z.object({
  ...chosenClauseFields,
  version: z.coerce.number().int().min(1),
  status: z.enum(CLAUSE_STATUSES, { error: messageRef("templates.validation.clauseStatusRequired") }),
});

export const templateClausesSchema = z.object({ ...templateBase, clauses: chosenClauseList(templateClauseInput) });
export type TemplateClausesInput = z.input<typeof templateClausesSchema>;

/** With the definitions of the versions chosen (by key@version): the default values checked as the tender checks them. */
export function templateClausesSchemaFor(definitions: ReadonlyMap<string, Clause>) {
  return templateClausesSchema.superRefine(refineChosenClauses(definitions));
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
