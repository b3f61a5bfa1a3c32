import { add, div, mul, R_ZERO, rational, type Rational } from "@/lib/domain/rational";
import type { AutomaticOpenness, AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { criterionWeights } from "./criterion-weights";
import type { OpennessFindings, StandardsItems } from "./evaluation-input";

/**
 * The published method of an openness criterion the tender computes automatically instead of
 * having the panel score it (issue 6: "openness points from licences and open standards"). It is
 * simple on purpose, so that a bidder can work out its points from the tender documents and its
 * own bid (C-6/15 TNS Dimarso: no rule the bidders could not read):
 *
 * - licence share L = the bid's components under an open source (OSI-approved) or free (FSF)
 *   licence, divided by all its components, each component counting alike; 0 when the bid lists
 *   no component, and 0 when it is found open-washing (it calls itself open source while a
 *   component it delivers is not open, or of unknown licence);
 * - standards share S = (items met + ½ × items partly met) ÷ items required: the coverage of the
 *   open standards the tender requires (lib/domain/assessment/standards-coverage.ts);
 * - openness score = (licencesPercent × L + standardsPercent × S) ÷ 100, the mix the tender
 *   published; L alone when the tender requires no open standard;
 * - points = the criterion's share of the total × the openness score.
 *
 * Everything is an exact fraction, like the rest of the evaluation.
 */

/** Why the licence share is what it is. */
export type LicenceShareBasis = "COMPONENTS" | "NO_COMPONENTS" | "OPEN_WASHING";

export type AutomaticOpennessScore = {
  criterionKey: string;
  mix: AutomaticOpenness;
  /** The criterion's share of the total: the most points it gives. */
  share: Rational;
  /** All the bid's components, and those under an open or free licence. */
  components: number;
  freeComponents: number;
  licenceBasis: LicenceShareBasis;
  /** L, from 0 to 1. */
  licenceShare: Rational;
  /** The standards' inputs; null when the tender requires no open standard (or they are not recorded). */
  standards: StandardsItems | null;
  /** S, from 0 to 1; null when the tender requires no open standard: then L counts alone. */
  standardsShare: Rational | null;
  /** The openness score, from 0 to 1. */
  score: Rational;
  /** share × score: what the bid earns on the criterion, out of 100 for the whole tender. */
  points: Rational;
};

/** The licence share L and why. */
export function licenceShare(findings: OpennessFindings | null): { basis: LicenceShareBasis; share: Rational } {
  if (!findings || findings.components === 0) return { basis: "NO_COMPONENTS", share: R_ZERO };
  if (findings.openWashing) return { basis: "OPEN_WASHING", share: R_ZERO };
  const free = findings.openComponents + findings.freeNotOsiComponents;
  return { basis: "COMPONENTS", share: rational(free, findings.components) };
}

/** The standards share S; null when the tender requires none (or the inputs were not recorded). */
export function standardsShare(standards: StandardsItems | null): Rational | null {
  if (!standards || standards.required === 0) return null;
  // Counted in halves, so the partly met items stay whole: (2 × met + partly) ÷ (2 × required).
  return rational(2 * standards.met + standards.partlyMet, 2 * standards.required);
}

/** One bid's points on one automatic openness criterion worth `share` points out of 100. */
export function automaticOpennessScore(
  criterionKey: string,
  mix: AutomaticOpenness,
  share: Rational,
  findings: OpennessFindings | null,
): AutomaticOpennessScore {
  const licences = licenceShare(findings);
  const standards = findings?.standards && findings.standards.required > 0 ? findings.standards : null;
  const coverage = standardsShare(standards);
  const score =
    coverage === null
      ? licences.share
      : div(
          add(mul(rational(mix.licencesPercent), licences.share), mul(rational(mix.standardsPercent), coverage)),
          rational(100),
        );
  return {
    criterionKey,
    mix,
    share,
    components: findings?.components ?? 0,
    freeComponents: findings ? findings.openComponents + findings.freeNotOsiComponents : 0,
    licenceBasis: licences.basis,
    licenceShare: licences.share,
    standards,
    standardsShare: coverage,
    score,
    points: mul(share, score),
  };
}

/** A bid's points on every automatic openness criterion of the award, in the tree's order. */
export function automaticOpennessScores(
  award: AwardCriteria,
  findings: OpennessFindings | null,
): AutomaticOpennessScore[] {
  return criterionWeights(award).flatMap((criterion) =>
    criterion.automaticOpenness
      ? [automaticOpennessScore(criterion.key, criterion.automaticOpenness, criterion.share, findings)]
      : [],
  );
}
