import type { CostLine } from "@/lib/domain/bids/bid-model";
import type { BidTenderContext } from "@/lib/domain/bids/check-bid-against-tender";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import { requiredStandards, standardRequirements } from "@/lib/domain/clauses/required-standards";
import { DEFAULT_DISCOUNT_RATE_PERCENT, defaultTcoHorizonYears } from "@/lib/domain/tender/award-settings";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { LotValue } from "@/lib/domain/tender/lots";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import type { AssessmentTender } from "./compare-bids";
import { sovereigntyCriterionWeight } from "./sovereignty-assessment";

/** What the assessment reads from a tender (the fields of TenderDto it needs, plus its internal costs). */
export type TenderForAssessment = {
  award: AwardCriteria | null;
  durationMonths: number | null;
  sovereignty: SovereigntyProfile | null;
  estimatedValueCents: number | null;
  lots: readonly LotValue[];
  clauses: readonly ChosenClause[];
  internalCosts: readonly CostLine[];
};

/**
 * The tender's side of the assessment, given the definitions of its chosen clause versions (by
 * `key@version`). A tender without award settings gets the defaults the criteria page proposes
 * (3 %, the contract's duration in years), the same as readAwardCriteria fills in.
 */
export function assessmentTender(
  tender: TenderForAssessment,
  definitions: ReadonlyMap<string, Clause>,
): AssessmentTender {
  return {
    discountRatePercent: tender.award?.discountRatePercent ?? DEFAULT_DISCOUNT_RATE_PERCENT,
    tcoHorizonYears: tender.award?.tcoHorizonYears ?? defaultTcoHorizonYears(tender.durationMonths),
    internalCosts: tender.internalCosts,
    sovereignty: tender.sovereignty,
    sovereigntyCriterionWeight: tender.award ? sovereigntyCriterionWeight(tender.award.criteria) : null,
    standardRequirements: standardRequirements(tender.clauses, definitions),
    estimatedValueCents: tender.estimatedValueCents,
    lots: tender.lots,
  };
}

/** What checkBidAgainstTender needs, from the same tender fields. */
export function bidTenderContext(
  tender: Pick<TenderForAssessment, "award" | "durationMonths" | "lots" | "clauses">,
  definitions: ReadonlyMap<string, Clause>,
): BidTenderContext {
  return {
    tcoHorizonYears: tender.award?.tcoHorizonYears ?? defaultTcoHorizonYears(tender.durationMonths),
    lotKeys: tender.lots.map((lot) => lot.key),
    requiredStandardIds: requiredStandards(tender.clauses, definitions),
  };
}
