import { automaticOpennessScores } from "@/lib/domain/evaluation/automatic-openness";
import { automaticOpennessView, type AutomaticOpennessView } from "@/lib/domain/evaluation/evaluation-view";
import { assessBidLicences, type BidLicenceAssessment, type LicenceClass } from "@/lib/domain/licences";
import { flattenCriteria, type AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { canonicalOutboundLicence } from "@/lib/domain/licences/deliverables-check";
import { bidAssessmentView, type BidAssessmentView } from "./assessment-view";
import { opennessFindingsOf } from "./openness-findings";
import { compareBids, type AssessmentTender, type BidAssessment, type BidComparison, type BidToAssess } from "./compare-bids"; // prettier-ignore

/**
 * The whole automatic assessment of the bids of one tender or lot: the comparison (cost of
 * ownership, sovereignty, standards, abnormally low) with each bid's licence assessment beside it.
 * One function for the pages, the command line and the benchmark, so they cannot disagree.
 */

export type BidFullAssessment = BidAssessment & { licences: BidLicenceAssessment };

export type TenderBidsAssessment = Omit<BidComparison, "bids"> & {
  /** The outbound licence the deliverables were checked against (its list form). */
  outboundLicence: string;
  /** In the order the bids were received, as compareBids gives them. */
  bids: BidFullAssessment[];
};

export function assessBids(
  bids: readonly BidToAssess[],
  tender: AssessmentTender,
  outboundLicence: string,
  lotKey: string | null,
): TenderBidsAssessment {
  return withLicences(compareBids(bids, tender, lotKey), bids, outboundLicence);
}

/**
 * Adds each compared bid's licence assessment: its components against its own "open source"
 * claim and the tender's outbound licence. `bids` may hold more bids than the comparison (those of
 * other lots); only the compared ones are assessed.
 */
export function withLicences(
  comparison: BidComparison,
  bids: readonly BidToAssess[],
  outboundLicence: string,
): TenderBidsAssessment {
  const byId = new Map(bids.map((bid) => [bid.id, bid]));
  const assessed = comparison.bids.map((assessment) => {
    const content = byId.get(assessment.id)!.content;
    const licences = assessBidLicences(content.components, {
      claimsOpenSource: content.claimsOpenSource,
      outboundLicence,
    });
    return { ...assessment, licences };
  });
  return {
    ...comparison,
    outboundLicence: canonicalOutboundLicence(outboundLicence),
    bids: assessed,
  };
}

/** What the comparison table says of a bid's licences, in one row. */
export type LicenceSummary = {
  componentCount: number;
  /** The least open class among the components; null without components. */
  overallClass: LicenceClass | null;
  notOpenCount: number;
  unknownCount: number;
  /** OPEN_WASHING or DEPENDENCIES_NOT_OPEN: the bid's "open source" claim does not hold. */
  claimFlagged: boolean;
  claimStatus: BidLicenceAssessment["openSourceClaim"]["status"];
  /** Delivered components not under the outbound licence nor on its compatibility list. */
  deliverablesNeedingAttention: number;
  aiModelCount: number;
  aiModelsRestrictingUse: number;
};

export function licenceSummary(licences: BidLicenceAssessment): LicenceSummary {
  return {
    componentCount: licences.components.length,
    overallClass: licences.overallClass,
    notOpenCount: licences.counts.NOT_OPEN,
    unknownCount: licences.counts.UNKNOWN,
    claimFlagged: licences.openSourceClaim.flagged,
    claimStatus: licences.openSourceClaim.status,
    deliverablesNeedingAttention: licences.deliverables.needingAttention.length,
    aiModelCount: licences.aiModels.count,
    aiModelsRestrictingUse: licences.aiModels.useRestricted,
  };
}

/**
 * The assessment as pages receive it: the comparison's plain data (assessment-view.ts) with each
 * bid's licence assessment and its one-row summary, and its points on every openness criterion
 * the tender computes automatically (none when the panel scores them all). The licence
 * assessment is already plain data.
 */
export type BidFullAssessmentView = BidAssessmentView & {
  licences: BidLicenceAssessment;
  licenceSummary: LicenceSummary;
  automaticOpenness: (AutomaticOpennessView & { criterionName: string })[];
};

export type TenderBidsAssessmentView = {
  lotKey: string | null;
  estimatedValueCents: number | null;
  outboundLicence: string;
  bids: BidFullAssessmentView[];
};

export function tenderBidsAssessmentView(
  assessment: TenderBidsAssessment,
  award: AwardCriteria | null = null,
): TenderBidsAssessmentView {
  return {
    lotKey: assessment.lotKey,
    estimatedValueCents: assessment.estimatedValueCents,
    outboundLicence: assessment.outboundLicence,
    bids: assessment.bids.map((bid) => ({
      ...bidAssessmentView(bid),
      licences: bid.licences,
      licenceSummary: licenceSummary(bid.licences),
      automaticOpenness: award ? automaticOpennessOf(award, bid) : [],
    })),
  };
}

function automaticOpennessOf(award: AwardCriteria, bid: BidFullAssessment): BidFullAssessmentView["automaticOpenness"] {
  const names = new Map(flattenCriteria(award.criteria).map(({ criterion }) => [criterion.key, criterion.name]));
  return automaticOpennessScores(award, opennessFindingsOf(bid.licences, bid.standards)).map((score) => ({
    ...automaticOpennessView(score),
    criterionName: names.get(score.criterionKey) ?? score.criterionKey,
  }));
}
