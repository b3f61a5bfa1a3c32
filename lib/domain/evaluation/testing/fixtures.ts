import type { AwardCriteria, Criterion } from "@/lib/domain/tender/criteria-tree";
import {
  DEFAULT_EVALUATION_METHOD,
  type EvaluationBid,
  type EvaluationInput,
  type EvaluationMethod,
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
