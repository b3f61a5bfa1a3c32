import { DEFAULT_AUTOMATIC_OPENNESS, type CriterionKind } from "@/lib/domain/tender/criteria-tree";
import type { CriterionFormValues, SubCriterionFormValues } from "@/lib/schemas/award-criteria";

/**
 * A fresh identifier for a criterion: requirements refer to criteria by key, so a criterion
 * removed and another added must never share one. getRandomValues, unlike randomUUID, also works
 * on the plain-HTTP intranets some authorities run.
 */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `c-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/** An openness criterion starts scored by the panel; "computed automatically" then proposes half and half. */
const PANEL_SCORED = {
  opennessScoring: "PANEL" as const,
  licencesPercent: String(DEFAULT_AUTOMATIC_OPENNESS.licencesPercent),
};

/** A blank top-level criterion: quality, the most common kind; no weight until the drafter gives one. */
export function newCriterion(): CriterionFormValues {
  return {
    key: newKey(),
    name: "",
    description: "",
    kind: "QUALITY",
    weight: "",
    minimumScore: "",
    ...PANEL_SCORED,
    costFormula: null,
    referencePrice: "",
    floorPrice: "",
    children: [],
  };
}

/** A blank sub-criterion of the parent's kind (an openness criterion only holds openness ones). */
export function newSubCriterion(parentKind: CriterionKind): SubCriterionFormValues {
  return {
    key: newKey(),
    name: "",
    description: "",
    kind: parentKind === "OPENNESS" ? "OPENNESS" : "QUALITY",
    weight: "",
    minimumScore: "",
    ...PANEL_SCORED,
  };
}
