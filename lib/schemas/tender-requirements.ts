import { z } from "zod";
import {
  checkRequirements,
  MAX_REQUIREMENT_TEXT_LENGTH,
  MAX_REQUIREMENTS,
  REQUIREMENT_KEY_PATTERN,
  REQUIREMENT_LEVELS,
  requirementKeyDuplicates,
} from "@/lib/domain/tender/requirements";
import { messageRef } from "@/lib/i18n/message-ref";
import { sectionBase } from "./tender";

export const requirementInputSchema = z.object({
  key: z
    .string()
    .trim()
    // One check, so an empty identifier gets one message, not two.
    .regex(REQUIREMENT_KEY_PATTERN, {
      error: (issue) =>
        messageRef(issue.input === "" ? "validation.requirements.keyRequired" : "validation.requirements.keyInvalid"),
    }),
  text: z
    .string()
    .trim()
    .min(1, { error: messageRef("validation.requirements.textRequired") })
    .max(MAX_REQUIREMENT_TEXT_LENGTH, {
      error: messageRef("validation.tooLong", { max: MAX_REQUIREMENT_TEXT_LENGTH }),
    }),
  level: z.enum(REQUIREMENT_LEVELS, { error: messageRef("validation.requirements.levelRequired") }),
  // "" is the select's "not linked" option.
  criterionKey: z
    .string()
    .trim()
    .max(100, { error: messageRef("validation.invalid") })
    .default("")
    .transform((key) => (key === "" ? null : key)),
});
export type RequirementInput = z.input<typeof requirementInputSchema>;

/** The list as a form sends it: the tender's section and the template builder share it. */
export const requirementListField = z
  .array(requirementInputSchema)
  .max(MAX_REQUIREMENTS, { error: messageRef("validation.requirements.tooMany", { max: MAX_REQUIREMENTS }) })
  .default([]);

/**
 * The rules across the list: identifiers used twice and, given the criterion keys, links to a
 * criterion that no longer exists. Run with `{ when: () => true }`, so it also runs when some
 * fields failed and every problem shows; the list is therefore read defensively.
 */
export function refineRequirementList(criterionKeys: readonly string[] | null) {
  return (input: { requirements?: unknown }, context: z.RefinementCtx) => {
    if (!Array.isArray(input.requirements)) return;
    const requirements = (input.requirements as { key?: unknown; criterionKey?: unknown }[]).map((requirement) => ({
      key: typeof requirement?.key === "string" ? requirement.key : "",
      criterionKey: typeof requirement?.criterionKey === "string" ? requirement.criterionKey || null : null,
    }));
    const problems =
      criterionKeys === null ? requirementKeyDuplicates(requirements) : checkRequirements(requirements, criterionKeys);
    for (const problem of problems) {
      context.addIssue({
        code: "custom",
        path: problem.path!.split("."),
        message: messageRef(`validation.${problem.code}`, problem.values),
      });
    }
  };
}

/**
 * The requirements form. With the tender's criterion keys (the page knows them), links to a
 * criterion that no longer exists are refused too; the action, which loads the criteria itself,
 * uses `requirementsSchema` and checks the links with `checkRequirements`.
 */
export function requirementsSchemaFor(criterionKeys: readonly string[] | null) {
  return z
    .object({ ...sectionBase, requirements: requirementListField })
    .superRefine(refineRequirementList(criterionKeys), { when: () => true });
}

export const requirementsSchema = requirementsSchemaFor(null);
export type RequirementsInput = z.input<typeof requirementsSchema>;
