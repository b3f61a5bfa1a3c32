import type { BidContent, CostLine, SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import type { StandardRequirement } from "@/lib/domain/clauses/required-standards";
import type { LotValue } from "@/lib/domain/tender/lots";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import { checkAbnormallyLow, type AbnormallyLowCheck } from "./abnormally-low";
import type { Exact } from "./exact";
import { assessSovereignty, type SovereigntyAssessment, type SovereigntyGateMode } from "./sovereignty-assessment";
import { standardsCoverage, type StandardsCoverage } from "./standards-coverage";
import { computeTco, type Tco } from "./tco";

/**
 * The automatic assessment of the bids of one tender, or of one lot, side by side: what the
 * comparison page shows before any human scoring. Each bid gets its total cost of ownership
 * (bidder and internal costs apart), its sovereignty gate, points and overall SEAL, its coverage
 * of the required open standards and the abnormally-low check against the others.
 */

export type AssessmentTender = {
  discountRatePercent: number;
  tcoHorizonYears: number;
  /** The tender's internal cost lines, used for every bid that has none of its own. */
  internalCosts: readonly CostLine[];
  /** Null when the tender set no sovereignty profile: no gate, no points. */
  sovereignty: SovereigntyProfile | null;
  /** Weight of the SOVEREIGNTY criterion (sovereigntyCriterionWeight), null when there is none. */
  sovereigntyCriterionWeight: number | null;
  sovereigntyGateMode?: SovereigntyGateMode;
  standardRequirements: readonly StandardRequirement[];
  /** The tender's estimated value in cents (null when unknown), and its lots' (for a lot's comparison). */
  estimatedValueCents: number | null;
  lots: readonly LotValue[];
};

export type BidToAssess = {
  id: string;
  receiptNumber: number;
  content: BidContent;
  /** The authority's cost lines for this bid; null when the tender's apply. */
  internalCosts: readonly CostLine[] | null;
  sovereigntyReviews: SovereigntyReviews;
  /** False when the bid is excluded for a reason outside this assessment; true by default. */
  admissible?: boolean;
};

export type BidAssessment = {
  id: string;
  receiptNumber: number;
  bidderName: string;
  internalCostsSource: "BID" | "TENDER";
  tco: Tco;
  sovereignty: SovereigntyAssessment | null;
  standards: StandardsCoverage;
  abnormallyLow: AbnormallyLowCheck;
  /** Not excluded, neither by the caller nor by the sovereignty gate. */
  admissible: boolean;
  /**
   * 1 for the lowest total cost (bidder and internal together, discounted, unrounded) among the
   * admissible bids; equal costs share a rank (1, 1, 3); null for a bid that is not admissible.
   */
  costRank: number | null;
};

export type BidComparison = {
  /** The lot compared, or null for a tender without lots. */
  lotKey: string | null;
  /** The estimated value the abnormally-low check used (the lot's for a lot). */
  estimatedValueCents: number | null;
  /** In the order the bids were received (receipt number), whatever their costs. */
  bids: BidAssessment[];
};

/** The lines that count as the authority's internal costs for a bid. */
export function effectiveInternalCosts(
  bidLines: readonly CostLine[] | null,
  tenderLines: readonly CostLine[],
): readonly CostLine[] {
  return bidLines ?? tenderLines;
}

export function compareBids(
  bids: readonly BidToAssess[],
  tender: AssessmentTender,
  lotKey: string | null,
): BidComparison {
  const estimatedValueCents =
    lotKey === null
      ? tender.estimatedValueCents
      : (tender.lots.find((lot) => lot.key === lotKey)?.estimatedValueCents ?? null);
  const settings = { discountRatePercent: tender.discountRatePercent, tcoHorizonYears: tender.tcoHorizonYears };
  const assessed = bids
    .filter((bid) => bid.content.lotKey === lotKey)
    .sort((a, b) => a.receiptNumber - b.receiptNumber || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((bid) => {
      const tco = computeTco(
        bid.content.costLines,
        effectiveInternalCosts(bid.internalCosts, tender.internalCosts),
        settings,
      );
      const sovereignty = tender.sovereignty
        ? assessSovereignty(
            bid.content.sovereigntyClaims,
            bid.sovereigntyReviews,
            tender.sovereignty,
            tender.sovereigntyCriterionWeight,
            tender.sovereigntyGateMode,
          )
        : null;
      const admissible = (bid.admissible ?? true) && sovereignty?.gate !== "EXCLUDED";
      return { bid, tco, sovereignty, admissible };
    });

  const lowChecks = checkAbnormallyLow(
    assessed.map(({ bid, tco, admissible }) => ({
      id: bid.id,
      discountedCents: tco.bidder.total.discounted,
      admissible,
    })),
    estimatedValueCents,
  );
  const admissibleCosts = assessed
    .filter((entry) => entry.admissible)
    .map((entry) => entry.tco.combined.total.discounted);

  return {
    lotKey,
    estimatedValueCents,
    bids: assessed.map(({ bid, tco, sovereignty, admissible }) => ({
      id: bid.id,
      receiptNumber: bid.receiptNumber,
      bidderName: bid.content.bidder.name,
      internalCostsSource: bid.internalCosts === null ? "TENDER" : "BID",
      tco,
      sovereignty,
      standards: standardsCoverage(bid.content.standardAnswers, tender.standardRequirements),
      abnormallyLow: lowChecks.get(bid.id)!,
      admissible,
      costRank: admissible ? rankAmong(tco.combined.total.discounted, admissibleCosts) : null,
    })),
  };
}

/** Competition ranking: 1 + how many are strictly lower. */
function rankAmong(value: Exact, all: readonly Exact[]): number {
  return 1 + all.filter((other) => other.lessThan(value)).length;
}
