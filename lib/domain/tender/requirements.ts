import type { Problem } from "./problem";

/**
 * The tender's requirements: what the solution must, should or may do (RFC 2119 wording, which
 * bidders and evaluators read the same way everywhere). A requirement may point to the award
 * criterion under which it is scored; MUST requirements are pass/fail conditions.
 */
export const REQUIREMENT_LEVELS = ["MUST", "SHOULD", "MAY"] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

export type Requirement = {
  /** Identifier shown to bidders, e.g. `REQ-01`; unique in the tender. */
  key: string;
  /** Markdown. */
  text: string;
  level: RequirementLevel;
  /** Key of the award criterion under which it is scored, if any. */
  criterionKey: string | null;
};

export type RequirementProblemCode = "requirements.keyDuplicate" | "requirements.criterionUnknown";

/** Problems across the list; the form's schema already checks each field on its own. */
export function checkRequirements(
  requirements: readonly Requirement[],
  criterionKeys: readonly string[],
): Problem<RequirementProblemCode>[] {
  const problems: Problem<RequirementProblemCode>[] = [];
  const seen = new Set<string>();
  requirements.forEach((requirement, i) => {
    const key = requirement.key.trim().toUpperCase();
    if (seen.has(key)) {
      problems.push({
        code: "requirements.keyDuplicate",
        severity: "error",
        path: `requirements.${i}.key`,
        values: { key: requirement.key },
      });
    }
    seen.add(key);
    // A criterion removed after the link was made: the requirement would be scored nowhere.
    if (requirement.criterionKey !== null && !criterionKeys.includes(requirement.criterionKey)) {
      problems.push({
        code: "requirements.criterionUnknown",
        severity: "error",
        path: `requirements.${i}.criterionKey`,
        values: { key: requirement.key, criterion: requirement.criterionKey },
      });
    }
  });
  return problems;
}
