import { compare, fromDecimal, mul, rational, toFixed } from "@/lib/domain/rational";
import type { EvaluationBid } from "./evaluation-input";
import { standardsShare } from "./automatic-openness";

export type OpennessProblemCode =
  | "evaluation.opennessInputsMissing"
  | "evaluation.opennessCountsInconsistent"
  | "evaluation.opennessStandardsInconsistent";

type Report = (code: OpennessProblemCode, path: string) => void;

/**
 * The inputs of a tender's automatic openness criteria, for one bid (automatic-openness.ts): the
 * findings must be there, standards included (a file written before they were recorded has
 * none), and must agree with themselves, since the points are computed from them: the licence
 * classes add up to the components, the standards met and partly met are at most those required,
 * and the coverage shown is the one they give, to 2 decimals. A bid the authority excluded before
 * the evaluation need not have them.
 */
export function checkOpennessInputs(bid: EvaluationBid, path: string, report: Report): void {
  const findings = bid.openness;
  if (!findings || !findings.standards) {
    if (!bid.exclusion) report("evaluation.opennessInputsMissing", `${path}.openness`);
    return;
  }
  const classes =
    findings.openComponents + findings.freeNotOsiComponents + findings.notOpenComponents + findings.unknownComponents;
  if (classes !== findings.components) report("evaluation.opennessCountsInconsistent", `${path}.openness.components`);

  const { required, met, partlyMet } = findings.standards;
  const whole = [required, met, partlyMet].every((value) => Number.isInteger(value) && value >= 0);
  if (!whole || met + partlyMet > required) {
    report("evaluation.opennessStandardsInconsistent", `${path}.openness.standards`);
    return;
  }
  const coverage = standardsShare(findings.standards);
  const shown = findings.standardsCoveragePercent;
  const agrees =
    coverage === null
      ? shown === null
      : shown !== null && compare(fromDecimal(toFixed(mul(coverage, rational(100)), 2)), fromDecimal(shown)) === 0;
  if (!agrees) report("evaluation.opennessStandardsInconsistent", `${path}.openness.standardsCoveragePercent`);
}
