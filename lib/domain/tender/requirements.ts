import { flattenCriteria, type CriteriaTree } from "./criteria-tree";
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

/** Enough for the largest specifications we have seen; a bid answers each one. */
export const MAX_REQUIREMENTS = 300;
export const MAX_REQUIREMENT_TEXT_LENGTH = 10_000;

/** Identifiers bidders can quote in any document format: letters, digits, dots and dashes. */
export const REQUIREMENT_KEY_PATTERN = /^[A-Za-z0-9.-]{1,20}$/;

const DEFAULT_KEY = /^REQ-(\d{1,6})$/i;

/**
 * The identifier offered for a new requirement: `REQ-` and one more than the highest such number
 * in use, on two digits at least (`REQ-01`, …, `REQ-10`), so the list sorts as it reads.
 */
export function nextRequirementKey(keysInUse: Iterable<string>): string {
  let highest = 0;
  for (const key of keysInUse) {
    const match = DEFAULT_KEY.exec(key.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `REQ-${String(highest + 1).padStart(2, "0")}`;
}

export type RequirementProblemCode = "requirements.keyDuplicate" | "requirements.criterionUnknown";

/** Identifiers used more than once, flagged at each repetition (the first one keeps its key). */
export function requirementKeyDuplicates(
  requirements: readonly Pick<Requirement, "key">[],
): Problem<"requirements.keyDuplicate">[] {
  const seen = new Set<string>();
  return requirements.flatMap((requirement, i) => {
    const key = requirement.key.trim().toUpperCase();
    const repeated = seen.has(key);
    seen.add(key);
    return repeated
      ? [
          {
            code: "requirements.keyDuplicate" as const,
            severity: "error" as const,
            path: `requirements.${i}.key`,
            values: { key: requirement.key },
          },
        ]
      : [];
  });
}

/** Problems across the list; the form's schema already checks each field on its own. */
export function checkRequirements(
  requirements: readonly Pick<Requirement, "key" | "criterionKey">[],
  criterionKeys: readonly string[],
): Problem<RequirementProblemCode>[] {
  const problems: Problem<RequirementProblemCode>[] = [...requirementKeyDuplicates(requirements)];
  requirements.forEach((requirement, i) => {
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
  // In the order of the list, as the drafter reads the form.
  return problems.sort((a, b) => indexOf(a) - indexOf(b));
}

const indexOf = (problem: Problem) => Number(problem.path?.split(".")[1] ?? 0);

export type CriterionChoice = { key: string; label: string };

/**
 * The award criteria a requirement can be linked to, in the tree's order, each named with its
 * parents (`Quality › Usability for staff`) so sub-criteria of the same name stay apart.
 */
export function criterionChoices(tree: CriteriaTree): CriterionChoice[] {
  const labels = new Map<string, string>();
  return flattenCriteria(tree).map(({ criterion, path }) => {
    const parentPath = path.slice(0, path.lastIndexOf(".children."));
    const name = criterion.name?.trim() || criterion.key;
    const label = path.includes(".children.") ? `${labels.get(parentPath)} › ${name}` : name;
    labels.set(path, label);
    return { key: criterion.key, label };
  });
}
