import type { AwardCriteria, Criterion } from "@/lib/domain/tender/criteria-tree";
import {
  DEFAULT_EVALUATION_METHOD,
  type EvaluationBid,
  type EvaluationInput,
  type EvaluationMethod,
  type OpennessFindings,
} from "../evaluation-input";

/** Builders for the evaluation's unit tests: a small tender whose figures are worked out by hand in each test. */

export const EVALUATORS = [
  { id: "chair", name: "Chair", isChair: true },
  { id: "e1", name: "Evaluator 1", isChair: false },
  { id: "e2", name: "Evaluator 2", isChair: false },
];

const descriptors = (max: number) => Array.from({ length: max + 1 }, (_, score) => `Level ${score}`);

export function award(criteria: Criterion[], settings: Partial<AwardCriteria> = {}): AwardCriteria {
  const max = settings.qualityScale?.max ?? 5;
  return {
    criteria,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 0,
    tcoHorizonYears: 2,
    ...settings,
    // Only the scale's maximum matters to these tests; the descriptors are filled in.
    qualityScale: { max, descriptors: descriptors(max) },
  };
}

/**
 * A bid costing `cents` in year 1 (discounted at the tender's rate), with the chair's consensus
 * score per criterion key and the three evaluators scoring that same score unless told otherwise.
 */
export function bid(
  id: string,
  cents: number,
  consensus: Record<string, number>,
  extra: Partial<EvaluationBid> & { evaluations?: Record<string, number[]> } = {},
): EvaluationBid {
  const { evaluations = {}, ...rest } = extra;
  return {
    id,
    receiptNumber: Number(id.replace(/\D/g, "")) || id.charCodeAt(0),
    label: `Bidder ${id}`,
    lotKey: null,
    exclusion: null,
    costLines: [{ category: "LICENCES", year: 1, amountCents: cents, note: "" }],
    internalCosts: null,
    sovereignty: {},
    openness: null,
    scores: Object.entries(consensus).map(([criterionKey, score]) => ({
      criterionKey,
      evaluations: (evaluations[criterionKey] ?? [score, score, score]).map((given, i) => ({
        evaluatorId: EVALUATORS[i]!.id,
        score: given,
        justification: "Because.",
      })),
      consensus: { score, rationale: "Agreed." },
    })),
    ...rest,
  };
}

export function input(
  awardCriteria: AwardCriteria,
  bids: EvaluationBid[],
  extra: Partial<Omit<EvaluationInput, "method">> & { method?: Partial<EvaluationMethod> } = {},
): EvaluationInput {
  const { method, ...rest } = extra;
  return {
    award: awardCriteria,
    sovereignty: null,
    lots: [],
    internalCosts: [],
    evaluators: EVALUATORS,
    bids,
    ...rest,
    method: { ...DEFAULT_EVALUATION_METHOD, ...method },
  };
}

/** The bids of MEAN tenders carry no consensus. */
export function withoutConsensus(bid: EvaluationBid): EvaluationBid {
  return { ...bid, scores: bid.scores.map((entry) => ({ ...entry, consensus: null })) };
}

/**
 * What the bid assessment found for a bid's openness: 20 components (18 open, 1 free but not
 * OSI-approved, 1 not open), and of 4 required standards 3 met and 1 partly met (87.5 %).
 */
export const findings = (extra: Partial<OpennessFindings> = {}): OpennessFindings => ({
  components: 20,
  openComponents: 18,
  freeNotOsiComponents: 1,
  notOpenComponents: 1,
  unknownComponents: 0,
  standardsCoveragePercent: 87.5,
  standards: { required: 4, met: 3, partlyMet: 1 },
  openWashing: false,
  ...extra,
});

/** Quality, 50 % of the points: usability 60 % and support 40 % of it, i.e. 30 and 20 points. */
export const quality: Criterion = {
  key: "quality",
  name: "Quality",
  kind: "QUALITY",
  weight: 50,
  children: [
    { key: "usability", name: "Usability", kind: "QUALITY", weight: 60 },
    { key: "support", name: "Support", kind: "QUALITY", weight: 40 },
  ],
};

/** Openness, 10 % of the points, scored by the panel. */
export const openness: Criterion = { key: "openness", name: "Openness", kind: "OPENNESS", weight: 10 };

/**
 * Three bids on cost 40 % (F1), quality 40 % and openness 20 %: B wins 84 to A's 72, and raising
 * cost to 62.5 % makes A draw level (worked out in sensitivity.test.ts).
 */
export const THREE_BIDS = {
  criteria: [
    { key: "tco", name: "Cost", kind: "COST", weight: 40, costFormula: "F1" },
    { key: "quality", name: "Quality", kind: "QUALITY", weight: 40 },
    { key: "openness", name: "Openness", kind: "OPENNESS", weight: 20 },
  ] as Criterion[],
  bids: [
    bid("A", 1_000_000, { quality: 3, openness: 2 }),
    bid("B", 1_250_000, { quality: 5, openness: 3 }),
    bid("C", 2_000_000, { quality: 1, openness: 1 }),
  ],
};
