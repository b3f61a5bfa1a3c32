import type { ModelOpennessClass } from "@/lib/domain/bids/bid-model";
import type { UseRestriction } from "./licence-class";
import type { LicenceClassification } from "./classify-expression";

/**
 * What the assessment says of an AI model component: the Model Openness Framework class the bid
 * claims (reference.md §5.5: III open model, II open tooling, I open science, each including the
 * one before), whether its licence restricts use (reference.md §5.4: the OSI Open Source AI
 * Definition requires the freedom to use for any purpose; RAIL and Llama licences fail it), and
 * whether the licence contradicts the claimed class.
 *
 * Only the licence is checked here: the class also depends on which components (weights, code,
 * data, documentation) are published, which a bid states and an evaluator verifies.
 */
export const MODEL_OPENNESS_LABELS: Record<ModelOpennessClass, "openScience" | "openTooling" | "openModel"> = {
  I: "openScience",
  II: "openTooling",
  III: "openModel",
};

/**
 * - NOT_STATED: the bid gives no class.
 * - CONTRADICTED: the licence is not open, yet every class, even III, needs the model parameters
 *   under an open licence.
 * - UNVERIFIED: the licence cannot be classified (LicenseRef, NOASSERTION, invalid…), so the claim
 *   cannot be checked against it.
 * - NOT_CONTRADICTED: the licence is open or free; the rest of the claim is for the evaluator.
 */
export const MODEL_CLAIM_STATUSES = ["NOT_STATED", "NOT_CONTRADICTED", "UNVERIFIED", "CONTRADICTED"] as const;
export type ModelClaimStatus = (typeof MODEL_CLAIM_STATUSES)[number];

export type AiModelLicenceAssessment = {
  readonly opennessClass: ModelOpennessClass | null;
  readonly useRestriction: UseRestriction;
  readonly claim: ModelClaimStatus;
};

export function assessAiModelLicence(
  opennessClass: ModelOpennessClass | null,
  classification: LicenceClassification,
): AiModelLicenceAssessment {
  const claim: ModelClaimStatus =
    opennessClass === null
      ? "NOT_STATED"
      : classification.licenceClass === "NOT_OPEN"
        ? "CONTRADICTED"
        : classification.licenceClass === "UNKNOWN"
          ? "UNVERIFIED"
          : "NOT_CONTRADICTED";
  return { opennessClass, useRestriction: classification.useRestriction, claim };
}
