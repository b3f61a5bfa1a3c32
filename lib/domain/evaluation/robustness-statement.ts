import { toFixed } from "@/lib/domain/rational";
import type { ProblemValues } from "@/lib/domain/tender/problem";
import type { EvaluationResult, LotEvaluation } from "./evaluation-result";

/**
 * The robustness of a lot's winner in plain language, as a translation code under
 * `evaluationMethod.robustness` and its values (the criterion's name, the change in percentage
 * points to 2 decimals, the bids' labels), so pages, the report and the command line say it in
 * the same words in English, French and German.
 */
export type Statement = { code: string; values: ProblemValues };

export function robustnessStatement(
  lot: LotEvaluation,
  result: Pick<EvaluationResult, "criteria" | "method">,
): Statement {
  const label = (bidId: string) => lot.bids.find((bid) => bid.bidId === bidId)?.label ?? bidId;
  const robustness = lot.sensitivity.robustness;
  const winner = lot.outcome.kind === "WINNER" ? label(lot.outcome.bidId) : "";
  const code = (name: string) => `evaluationMethod.robustness.${name}`;
  switch (robustness.code) {
    case "NO_WINNER":
      return { code: code("noWinner"), values: {} };
    case "SINGLE_BID":
      return { code: code("singleBid"), values: { winner } };
    case "STABLE":
      return { code: code("stable"), values: { winner } };
    default: {
      const criterion = result.criteria.find((entry) => entry.key === robustness.criterionKey);
      const direction = robustness.direction === "INCREASE" ? "Increase" : "Decrease";
      return {
        code: code(`${robustness.code === "ROBUST" ? "robust" : "sensitive"}${direction}`),
        values: {
          winner,
          criterion: criterion?.name ?? robustness.criterionKey,
          change: toFixed(robustness.change.changePp, 2),
          from: String(criterion?.weight ?? ""),
          to: toFixed(robustness.change.weight, 2),
          challenger: label(robustness.change.challengerId),
          threshold: String(result.method.robustnessThresholdPp),
        },
      };
    }
  }
}
