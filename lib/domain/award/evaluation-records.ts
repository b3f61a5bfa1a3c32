import { opennessFindingsOf } from "@/lib/domain/assessment/openness-findings";
import { standardsCoverage } from "@/lib/domain/assessment/standards-coverage";
import type { BidContent, CostLine, SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import type { StandardRequirement } from "@/lib/domain/clauses/required-standards";
import {
  DEFAULT_EVALUATION_METHOD,
  type CriterionScores,
  type EvaluationBid,
  type EvaluationInput,
  type OpennessFindings,
  type SovereigntyLevels,
} from "@/lib/domain/evaluation/evaluation-input";
import { assessBidLicences } from "@/lib/domain/licences";
import { flattenCriteria, isScaleScored, type AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { SOVEREIGNTY_OBJECTIVES, type SealLevel, type SovereigntyProfile } from "@/lib/domain/tender/sovereignty";

/**
 * From what the app stores to the evaluation's input (lib/domain/evaluation): the tender's award
 * criteria and sovereignty profile as published, the opened bids, the panel, the evaluators'
 * submitted scores and the chair's consensus. The evaluation file is this input with a header, so
 * `tender-commons evaluate` recomputes from exactly what the app ranked.
 */
export type EvaluationRecords = {
  award: AwardCriteria;
  sovereignty: SovereigntyProfile | null;
  lots: readonly { key: string; title: string }[];
  internalCosts: readonly CostLine[];
  /** The licence the tender requires for the deliverables (tenderOutboundLicence). */
  outboundLicence: string;
  standardRequirements: readonly StandardRequirement[];
  disagreementThresholdPercent: number;
  /** The panel's members still on it, in the panel's order. */
  members: readonly PanelMemberRecord[];
  /** The opened bids (never a withdrawn one), any order. */
  bids: readonly OpenedBidRecord[];
  scores: readonly ScoreRecord[];
  consensus: readonly ConsensusRecord[];
};

export type PanelMemberRecord = {
  userId: string;
  name: string;
  isChair: boolean;
  /** Lots the member left because of a declared conflict: their scores there do not count. */
  excludedLotKeys: readonly string[];
};

export type OpenedBidRecord = {
  id: string;
  receiptNumber: number;
  lotKey: string | null;
  content: BidContent;
  internalCosts: readonly CostLine[] | null;
  sovereigntyReviews: SovereigntyReviews;
};

export type ScoreRecord = { userId: string; bidId: string; criterionKey: string; score: number; justification: string };
export type ConsensusRecord = { bidId: string; criterionKey: string; score: number; rationale: string };

export function evaluationInputFromRecords(records: EvaluationRecords): EvaluationInput {
  const { award } = records;
  const leafKeys = flattenCriteria(award.criteria)
    .filter(({ criterion }) => isScaleScored(criterion))
    .map(({ criterion }) => criterion.key);
  const memberOrder = new Map(records.members.map((member, index) => [member.userId, index]));
  const counts = (score: ScoreRecord, bid: OpenedBidRecord) => {
    const member = records.members.find((candidate) => candidate.userId === score.userId);
    return member !== undefined && !(bid.lotKey !== null && member.excludedLotKeys.includes(bid.lotKey));
  };

  const bids = [...records.bids]
    .sort((a, b) => a.receiptNumber - b.receiptNumber)
    .map((bid): EvaluationBid => {
      const scores: CriterionScores[] = leafKeys.flatMap((criterionKey) => {
        const evaluations = records.scores
          .filter((score) => score.bidId === bid.id && score.criterionKey === criterionKey && counts(score, bid))
          .sort((a, b) => memberOrder.get(a.userId)! - memberOrder.get(b.userId)!)
          .map(({ userId, score, justification }) => ({ evaluatorId: userId, score, justification }));
        const consensus = records.consensus.find(
          (entry) => entry.bidId === bid.id && entry.criterionKey === criterionKey,
        );
        if (evaluations.length === 0 && !consensus) return [];
        return [
          {
            criterionKey,
            evaluations,
            consensus:
              award.scoreAggregation === "CONSENSUS" && consensus
                ? { score: consensus.score, rationale: consensus.rationale }
                : null,
          },
        ];
      });
      return {
        id: bid.id,
        receiptNumber: bid.receiptNumber,
        label: bid.content.bidder.name,
        lotKey: bid.lotKey,
        // The app records no exclusion outside the evaluation yet: the gates below decide alone.
        exclusion: null,
        costLines: bid.content.costLines,
        internalCosts: bid.internalCosts,
        sovereignty: sovereigntyLevels(bid),
        openness: opennessFindings(bid.content, records),
        scores,
      };
    });

  return {
    award,
    sovereignty: records.sovereignty
      ? { weights: records.sovereignty.weights, minimumSeal: records.sovereignty.minimumSeal, gateMode: "EXCLUDE" }
      : null,
    lots: records.lots.map(({ key, title }) => ({ key, title })),
    internalCosts: records.internalCosts,
    evaluators: records.members.map((member) => ({ id: member.userId, name: member.name, isChair: member.isChair })),
    method: { ...DEFAULT_EVALUATION_METHOD, disagreementThresholdPercent: records.disagreementThresholdPercent },
    bids,
  };
}

/** Per objective the bid claims or an evaluator reviewed: the claim and the reviewed level. */
function sovereigntyLevels(bid: OpenedBidRecord): EvaluationBid["sovereignty"] {
  const levels: Partial<Record<(typeof SOVEREIGNTY_OBJECTIVES)[number], SovereigntyLevels>> = {};
  for (const objective of SOVEREIGNTY_OBJECTIVES) {
    const claimed = bid.content.sovereigntyClaims[objective]?.level ?? null;
    const reviewed = bid.sovereigntyReviews[objective]?.level ?? null;
    if (claimed === null && reviewed === null) continue;
    levels[objective] = { claimed: claimed as SealLevel | null, reviewed: reviewed as SealLevel | null };
  }
  return levels;
}

/**
 * The automatic licence and open-standards findings: the panel's evidence, and the inputs of the
 * openness criteria the tender computes automatically.
 */
export function opennessFindings(
  content: BidContent,
  tender: { outboundLicence: string; standardRequirements: readonly StandardRequirement[] },
): OpennessFindings {
  const licences = assessBidLicences(content.components, {
    claimsOpenSource: content.claimsOpenSource,
    outboundLicence: tender.outboundLicence,
  });
  return opennessFindingsOf(licences, standardsCoverage(content.standardAnswers, tender.standardRequirements));
}
