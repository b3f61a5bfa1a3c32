import type { StandardAnswer, StandardAnswerValue } from "@/lib/domain/bids/bid-model";
import type { StandardRequirement } from "@/lib/domain/clauses/required-standards";
import { Exact, sum, ZERO } from "./exact";

/**
 * How far a bid covers the open standards its tender requires. Each required standard gets the
 * bid's answer, or UNANSWERED. The coverage figure is the mean credit over what the tender asks:
 * MET 1, PARTLY ½ (the bid meets part of the standard, or with conditions, and says so), NOT_MET
 * and UNANSWERED 0 (an answer not given is not assumed). What the tender asks: each standard of an
 * "and" list once (a standard two clauses name counts once), and each "or" list once, with the
 * best answer on any of its standards, since meeting one of them is what that clause asks.
 */

export type StandardStatus = StandardAnswerValue | "UNANSWERED";

export const STANDARD_CREDIT: Record<StandardStatus, Exact> = {
  MET: new Exact(1),
  PARTLY: new Exact("0.5"),
  NOT_MET: ZERO,
  UNANSWERED: ZERO,
};

export type StandardResult = { standardId: string; status: StandardStatus; evidence: string };

export type StandardsCoverage = {
  /** Every required standard once, in the tender's order. */
  standards: StandardResult[];
  counts: Record<StandardStatus, number>;
  /** Items the figure is the mean of: "and" standards plus "or" lists. */
  itemCount: number;
  /** Of those items, how many are met (credit 1) and partly met (credit ½): the figure's exact inputs. */
  itemsMet: number;
  itemsPartlyMet: number;
  /** 0–100; null when the tender requires no standard. */
  coveragePercent: Exact | null;
};

export function standardsCoverage(
  answers: readonly StandardAnswer[],
  requirements: readonly StandardRequirement[],
): StandardsCoverage {
  const byId = new Map<string, StandardAnswer>();
  for (const answer of answers) if (!byId.has(answer.standardId)) byId.set(answer.standardId, answer);
  const statusOf = (id: string): StandardStatus => byId.get(id)?.answer ?? "UNANSWERED";

  const ids = [...new Set(requirements.flatMap((requirement) => requirement.standardIds))];
  const standards = ids.map((standardId) => ({
    standardId,
    status: statusOf(standardId),
    evidence: byId.get(standardId)?.evidence ?? "",
  }));
  const counts: Record<StandardStatus, number> = { MET: 0, PARTLY: 0, NOT_MET: 0, UNANSWERED: 0 };
  for (const standard of standards) counts[standard.status] += 1;

  const allOf = new Set(requirements.filter((r) => r.join === "and").flatMap((r) => r.standardIds));
  const anyOf = new Map(
    requirements
      .filter((requirement) => requirement.join === "or")
      .map((requirement) => [[...requirement.standardIds].sort().join("|"), requirement.standardIds] as const),
  );
  const credits = [
    ...[...allOf].map((id) => STANDARD_CREDIT[statusOf(id)]),
    ...[...anyOf.values()].map((group) => Exact.max(...group.map((id) => STANDARD_CREDIT[statusOf(id)]))),
  ];
  const coveragePercent = credits.length === 0 ? null : sum(credits).times(100).dividedBy(credits.length);
  return {
    standards,
    counts,
    itemCount: credits.length,
    itemsMet: credits.filter((credit) => credit.eq(STANDARD_CREDIT.MET)).length,
    itemsPartlyMet: credits.filter((credit) => credit.eq(STANDARD_CREDIT.PARTLY)).length,
    coveragePercent,
  };
}
