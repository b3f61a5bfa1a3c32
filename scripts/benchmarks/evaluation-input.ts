import type { CostCategory, CostLine } from "../../lib/domain/bids/bid-model";
import {
  DEFAULT_EVALUATION_METHOD,
  type EvaluationBid,
  type EvaluationInput,
} from "../../lib/domain/evaluation/evaluation-input";
import type { Criterion } from "../../lib/domain/tender/criteria-tree";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
  type SovereigntyObjective,
} from "../../lib/domain/tender/sovereignty";

/**
 * A made-up evaluation for the benchmark (docs/benchmarks.md), the same for the same seed: a cost
 * criterion (F1 by default), a sovereignty criterion and three parents holding the criteria the
 * evaluators score (10 each by default), every bid scored by every evaluator with mean aggregation,
 * a dozen cost lines per bid over a 5-year horizon at 3 %, and sovereignty levels mostly above the
 * tender's minimums (a few bids fail the gate).
 */
export type EvaluationShape = {
  bids: number;
  criteria: number;
  evaluators: number;
  seed: number;
  formula?: "F1" | "F2" | "F5" | "F8";
};

/** Park–Miller: a tiny deterministic generator, so two runs evaluate the same tender. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const CATEGORIES: CostCategory[] = ["LICENCES", "IMPLEMENTATION", "SUPPORT_MAINTENANCE", "HOSTING", "TRAINING", "EXIT"];

/** Whole-number weights of `count` siblings adding up to `total`. */
function split(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0));
}

export function generateEvaluation(shape: EvaluationShape): EvaluationInput {
  const next = random(shape.seed);
  const formula = shape.formula ?? "F1";
  const parents = 3;
  const perParent = split(shape.criteria, parents);
  const parentWeights = formula === "F8" ? [40, 30, 20] : [25, 20, 15];
  const kinds = ["QUALITY", "QUALITY", "OPENNESS"] as const;
  const scored: Criterion[] = perParent.map((count, p) => ({
    key: `parent-${p + 1}`,
    name: `Parent ${p + 1}`,
    kind: kinds[p]!,
    weight: parentWeights[p]!,
    children: split(100, count).map((weight, c) => ({
      key: `c-${p + 1}-${c + 1}`,
      name: `Criterion ${p + 1}.${c + 1}`,
      kind: kinds[p]!,
      weight,
    })),
  }));
  const cost: Criterion = {
    key: "tco",
    name: "Total cost of ownership",
    kind: "COST",
    weight: formula === "F8" ? 0 : 30,
    costFormula: formula,
    ...(formula === "F5" ? { referencePriceCents: 400_000_000, floorPriceCents: 50_000_000 } : {}),
  };
  const criteria = [cost, ...scored, { key: "sov", name: "Sovereignty", kind: "SOVEREIGNTY" as const, weight: 10 }];
  const leafKeys = scored.flatMap((parent) => parent.children!.map((child) => child.key));
  const evaluators = Array.from({ length: shape.evaluators }, (_, i) => ({
    id: `ev-${i + 1}`,
    name: `Evaluator ${i + 1}`,
    isChair: i === 0,
  }));
  const minimum = (objective: SovereigntyObjective): SealLevel => (objective === "SOV-2" ? 2 : 1);

  const bids = Array.from({ length: shape.bids }, (_, b): EvaluationBid => {
    const costLines: CostLine[] = Array.from({ length: 12 }, (_, l) => ({
      category: CATEGORIES[l % CATEGORIES.length]!,
      year: l % 7,
      amountCents: 1_000_000 + Math.floor(next() * 20_000_000),
      note: "",
    }));
    const sovereignty = Object.fromEntries(
      SOVEREIGNTY_OBJECTIVES.map((objective) => {
        const level = Math.min(4, minimum(objective) + Math.floor(next() * 3) - (next() < 0.01 ? 1 : 0)) as SealLevel;
        return [objective, { claimed: level, reviewed: null }];
      }),
    );
    return {
      id: `bid-${b + 1}`,
      receiptNumber: b + 1,
      label: `Bidder ${b + 1}`,
      lotKey: null,
      exclusion: null,
      costLines,
      internalCosts: null,
      sovereignty,
      openness: null,
      scores: leafKeys.map((criterionKey) => ({
        criterionKey,
        evaluations: evaluators.map((evaluator) => ({
          evaluatorId: evaluator.id,
          score: Math.floor(next() * 6),
          justification: "…",
        })),
        consensus: null,
      })),
    };
  });

  return {
    award: {
      criteria,
      qualityScale: { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] },
      scoreAggregation: "MEAN",
      discountRatePercent: 3,
      tcoHorizonYears: 5,
    },
    sovereignty: {
      weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
      minimumSeal: Object.fromEntries(
        SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: minimum(objective) }]),
      ) as Record<SovereigntyObjective, { seal: number }>,
      gateMode: "EXCLUDE",
    },
    lots: [],
    internalCosts: [{ category: "INTERNAL_STAFF", year: 1, amountCents: 5_000_000, note: "" }],
    evaluators,
    method: DEFAULT_EVALUATION_METHOD,
    bids,
  };
}

/** The floor: every raw score added up once. */
export function sumRawScores(input: EvaluationInput): number {
  let total = 0;
  for (const bid of input.bids) {
    for (const entry of bid.scores) for (const evaluation of entry.evaluations) total += evaluation.score;
  }
  return total;
}
