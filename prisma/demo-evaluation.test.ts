import { describe, expect, it } from "vitest";
import { evaluationInputFromRecords } from "@/lib/domain/award/evaluation-records";
import { evaluateTender } from "@/lib/domain/evaluation/evaluate-tender";
import { toFixed } from "@/lib/domain/rational";
import { addDays, daysBetween } from "@/lib/domain/tender/calendar-date";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import { flattenCriteria, isScaleScored } from "@/lib/domain/tender/criteria-tree";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { EVALUATED_TENDER_TITLE } from "./demo-evaluated-tender";
import { demoTenders } from "./demo-tenders";

const TODAY = "2026-11-21";
const tender = demoTenders(TODAY).find((candidate) => candidate.title === EVALUATED_TENDER_TITLE)!;
const evaluation = tender.evaluation!;
const award = readAwardCriteria(tender.sections.award, tender.durationMonths)!;
const leaves = flattenCriteria(award.criteria).filter(({ criterion }) => isScaleScored(criterion));

describe("the evaluated demo tender", () => {
  it("waits for the award, with its bids opened about four weeks before the seed day, whenever it is loaded", () => {
    for (let offset = 0; offset < 400; offset += 7) {
      const today = addDays(TODAY, offset);
      const loaded = demoTenders(today).find((candidate) => candidate.title === EVALUATED_TENDER_TITLE)!;
      const sinceOpening = daysBetween(loaded.timeline.openingDate!, today);
      // The consensus is completed ten working days after the opening (at most 14 calendar days).
      expect(sinceOpening >= 20 && sinceOpening <= 32, today).toBe(true);
    }
    expect(tender.status).toBe("EVALUATION");
    expect(tender.bids).toHaveLength(4);
  });

  it("has a panel of Ministry evaluators that scored every criterion of every bid, with reasons", () => {
    for (const email of [evaluation.chair, ...evaluation.evaluators]) {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
      expect(account?.memberships).toContainEqual({ organisation: "MIN", roles: ["EVALUATOR"] });
    }
    const keys = evaluation.scores.map((entry) => `${entry.bid} ${entry.criterionKey}`).sort();
    const expected = tender.bids!.flatMap((_, bid) => leaves.map(({ criterion }) => `${bid} ${criterion.key}`)).sort();
    expect(keys).toEqual(expected);
    for (const entry of evaluation.scores) {
      expect(entry.given).toHaveLength(evaluation.evaluators.length);
      for (const { score, justification } of [
        ...entry.given,
        { score: entry.consensus.score, justification: entry.consensus.rationale },
      ]) {
        expect(Number.isInteger(score) && score >= 0 && score <= award.qualityScale.max).toBe(true);
        expect(justification.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it("ranks the cooperative first; the low price fails the sovereignty gate", () => {
    const bidIds = tender.bids!.map((_, index) => `bid-${index}`);
    const input = evaluationInputFromRecords({
      award,
      sovereignty: tender.sections.sovereignty as SovereigntyProfile,
      lots: [],
      internalCosts: tender.internalCosts!,
      outboundLicence: "EUPL-1.2",
      standardRequirements: [],
      disagreementThresholdPercent: 30,
      members: [evaluation.chair, ...evaluation.evaluators].map((email, index) => ({
        userId: email,
        name: email,
        isChair: index === 0,
        excludedLotKeys: [],
      })),
      bids: tender.bids!.map((bid, index) => ({
        id: bidIds[index]!,
        receiptNumber: index + 1,
        lotKey: null,
        content: bid.content,
        internalCosts: null,
        sovereigntyReviews: Object.fromEntries(
          evaluation.reviews
            .filter((review) => review.bid === index)
            .map((review) => [review.objective, { level: review.level, justification: "", reviewerId: "", reviewerName: "", at: "" }]), // prettier-ignore
        ),
      })),
      scores: evaluation.scores.flatMap(
        (entry) =>
        entry.given.map((given, k) => ({ userId: evaluation.evaluators[k]!, bidId: bidIds[entry.bid]!, criterionKey: entry.criterionKey, ...given })), // prettier-ignore
      ),
      consensus: evaluation.scores.map((entry) => ({ bidId: bidIds[entry.bid]!, criterionKey: entry.criterionKey, ...entry.consensus })), // prettier-ignore
    });
    const result = evaluateTender(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lot = result.result.lots[0]!;
    // Quality points (everything but cost), by hand: functional is 35 × 60 % = 21 points, delivery
    // 35 × 40 % = 14, openness 15, each times consensus / 5; sovereignty 10 × Σ weight × level / 4 / 100
    // with weights 15/10/10/15/20/15/10/5.
    //   Cooperative: 21 × 4/5 + 14 × 4/5 + 15 × 5/5 = 43; levels 3,3,3,3,2,4,2,2 → 280 / 4 = 70 % → 7; 50.
    //   Atlantis: 16.8 + 14 × 3/5 + 15 × 2/5 = 31.2; levels 3,2(reviewed),2,2,2,2(reviewed),3,1 → 220 / 4 = 55 % → 5.5; 36.7.
    //   Nordlicht: 21 + 11.2 + 12 = 44.2; levels 3,3,3,3,2,3,3,2 → 275 / 4 = 68.75 % → 6.875; 51.075.
    expect(lot.bids.map((bid) => toFixed(bid.qualityPoints))).toEqual(["50.00", "36.70", "20.25", "51.08"]);
    // Nimbus Soft claims SEAL-1 on SOV-6 and SOV-7, where the tender asks for SEAL-2.
    expect(lot.bids[2]!.gateFailures).toEqual([{ gate: "SOVEREIGNTY_MINIMUM", objectives: ["SOV-6", "SOV-7"] }]);
    // The cooperative is the cheapest admissible bid, so it gets all 40 cost points (F1): 90 in total,
    // ahead of Nordlicht (51.075 + 40 × Pmin / P < 90 since its TCO is higher) and Atlantis.
    expect(lot.ranking.map((entry) => entry.bidId)).toEqual(["bid-0", "bid-3", "bid-1"]);
    expect(toFixed(lot.bids[0]!.totalPoints!)).toBe("90.00");
  });
});
