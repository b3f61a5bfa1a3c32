import type { SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import type { BidView, EvaluationView, Figure, LotView } from "./evaluation-view";

/**
 * The gates' wording, shared by the evaluation pages and the award report: the minimums the
 * tender published, and for a bid every gate it fails, not only the first (C-546/16 Montte), in
 * the messages of `evaluationResults.gates`. Each caller brings its own translator and numbers.
 */
export type GateWords = {
  /** A message of `evaluationResults.gates` in the reader's language. */
  t: (key: string, values?: Record<string, string | number>) => string;
  objectiveName: (objective: SovereigntyObjective) => string;
  criterionName: (key: string) => string;
  points: (figure: Figure | null) => string;
};

/** The gates that apply to the lot's bids, one sentence each. */
export function gateRules(view: EvaluationView, lot: LotView, { t, points }: GateWords): string[] {
  const thresholds = view.criteria.filter((criterion) => criterion.minimumScore !== null);
  const minimumQualityPoints = view.method.minimumQualityPoints;
  return [
    lot.bids.some((bid) => bid.sovereignty !== null) ? t("sovereigntyRule") : t("noSovereignty"),
    ...thresholds.map((criterion) => t("criterionRule", { criterion: criterion.name, minimum: criterion.minimumScore! })), // prettier-ignore
    ...(minimumQualityPoints ? [t("qualityPointsRule", { minimum: points(minimumQualityPoints) })] : []),
    ...(thresholds.length === 0 && !minimumQualityPoints ? [t("noQualityThreshold")] : []),
  ];
}

/** Why the bid is not admissible, or what the panel flagged: empty when it passes every gate. */
export function gateReasons(bid: BidView, { t, objectiveName, criterionName, points }: GateWords): string[] {
  const reasons = bid.gateFailures.map((failure) => {
    switch (failure.gate) {
      case "EXCLUDED_BY_AUTHORITY":
        return t("excludedByAuthority", { reason: failure.reason });
      case "SOVEREIGNTY_MINIMUM":
        return t("sovereigntyMinimum", {
          objectives: failure.objectives
            .map((objective) => {
              const entry = bid.sovereignty?.objectives.find((candidate) => candidate.objective === objective);
              const [level, minimum] = [entry?.level ?? 0, entry?.minimum ?? 0];
              return t("objectiveLevel", { objective, name: objectiveName(objective), level, minimum });
            })
            .join("; "),
        });
      case "CRITERION_MINIMUM":
        return t("criterionMinimum", {
          criterion: criterionName(failure.criterionKey),
          score: points(failure.score),
          minimum: failure.minimum,
        });
      case "QUALITY_POINTS_MINIMUM":
        return t("qualityPointsMinimum", { points: points(failure.qualityPoints), minimum: points(failure.minimum) });
    }
  });
  if (bid.sovereigntyFlagged) reasons.push(t("sovereigntyFlagged"));
  return reasons;
}
