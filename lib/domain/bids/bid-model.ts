import type { SealLevel, SovereigntyObjective } from "@/lib/domain/tender/sovereignty";

/**
 * A bid as the authority received it, in the shape stored in `Bid.content` and read by every
 * import (form, CSV, JSON, SBOM) and by the assessment. Amounts are integer euro cents
 * (decisions.md "Money and rounding").
 */

/**
 * Cost categories of reference.md §4.2 with their Art. 68 bucket (A acquisition, U use,
 * M maintenance, E end of life, X externalities). Exit and end of life are categories of their
 * own so that a bid without exit costs can be seen (decisions.md).
 */
export const COST_CATEGORIES = [
  "LICENCES",
  "IMPLEMENTATION",
  "DATA_MIGRATION",
  "TRAINING",
  "SUPPORT_MAINTENANCE",
  "HOSTING",
  "INTERNAL_STAFF",
  "UPGRADES",
  "SECURITY_COMPLIANCE",
  "EXIT",
  "END_OF_LIFE",
  "ENVIRONMENTAL",
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export type Art68Bucket = "A" | "U" | "M" | "E" | "X";
export const COST_CATEGORY_BUCKETS: Record<CostCategory, readonly Art68Bucket[]> = {
  LICENCES: ["A", "U"],
  IMPLEMENTATION: ["A"],
  DATA_MIGRATION: ["A"],
  TRAINING: ["A", "U"],
  SUPPORT_MAINTENANCE: ["M"],
  HOSTING: ["U"],
  INTERNAL_STAFF: ["U"],
  UPGRADES: ["M"],
  SECURITY_COMPLIANCE: ["U", "M"],
  EXIT: ["E"],
  END_OF_LIFE: ["E"],
  ENVIRONMENTAL: ["X"],
};

/** The authority's own staff is estimated by the authority, never priced by a bidder (§4.2). */
export const BIDDER_COST_CATEGORIES = COST_CATEGORIES.filter((category) => category !== "INTERNAL_STAFF");

/**
 * Years of a cost line (decisions.md): t = 0 at contract start (one-off costs), t = 1..N the
 * contract years (N = the tender's TCO horizon), t = N+1..N+EXIT_PERIOD_YEARS the exit period.
 */
export const EXIT_PERIOD_YEARS = 1;

export type CostLine = {
  category: CostCategory;
  /** Year index t, 0..N + EXIT_PERIOD_YEARS. */
  year: number;
  /** Integer cents, ≥ 0. */
  amountCents: number;
  note: string;
};

/** Model Openness Framework v1.0 classes: I open science (most open), II open tooling, III open model. */
export const MODEL_OPENNESS_CLASSES = ["I", "II", "III"] as const;
export type ModelOpennessClass = (typeof MODEL_OPENNESS_CLASSES)[number];

/** Whether the bid delivers the component to the authority or its solution depends on it. */
export const COMPONENT_RELATIONS = ["DELIVERED", "DEPENDENCY"] as const;
export type ComponentRelation = (typeof COMPONENT_RELATIONS)[number];

export type BidComponent = {
  name: string;
  version: string;
  supplier: string;
  /** An SPDX licence expression as the bid states it (classified by lib/domain/licences). */
  licence: string;
  /** Source repository address, "" when none is given. */
  repository: string;
  relation: ComponentRelation;
  isAiModel: boolean;
  /** For AI models: the Model Openness Framework class the bid claims; null when not stated. */
  modelOpennessClass: ModelOpennessClass | null;
};

export type SovereigntyClaim = {
  level: SealLevel;
  evidence: string;
};
/** The bid's claimed SEAL level per objective; an objective without a claim counts as SEAL-0. */
export type SovereigntyClaims = Partial<Record<SovereigntyObjective, SovereigntyClaim>>;

export const STANDARD_ANSWERS = ["MET", "PARTLY", "NOT_MET"] as const;
export type StandardAnswerValue = (typeof STANDARD_ANSWERS)[number];
/** The bid's answer on one open standard the tender requires (an id of lib/domain/standards). */
export type StandardAnswer = { standardId: string; answer: StandardAnswerValue; evidence: string };

export type Bidder = {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** VAT or company registration number. */
  registrationId: string;
  isSme: boolean;
  contactName: string;
  contactEmail: string;
};

export type BidContent = {
  bidder: Bidder;
  /** The lot bid for (LOT-1…), null when the tender has no lots. */
  lotKey: string | null;
  /** The solution in a few lines. */
  solution: string;
  /** The bid presents its solution as open source (checked against its components' licences). */
  claimsOpenSource: boolean;
  costLines: CostLine[];
  components: BidComponent[];
  sovereigntyClaims: SovereigntyClaims;
  standardAnswers: StandardAnswer[];
};

/** An evaluator's confirmation or lowering of a claimed level, with the reason (audited). */
export type SovereigntyReview = {
  level: SealLevel;
  justification: string;
  reviewerId: string;
  reviewerName: string;
  /** ISO timestamp. */
  at: string;
};
export type SovereigntyReviews = Partial<Record<SovereigntyObjective, SovereigntyReview>>;
