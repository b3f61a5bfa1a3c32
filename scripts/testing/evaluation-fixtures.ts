import type { BidContent } from "../../lib/domain/bids/bid-model";
import { COST_AND_QUALITY_AWARD } from "../../lib/domain/evaluation/testing/cost-and-quality-award";
import { scoredCriteria } from "../../lib/domain/panel/scoring-rules";
import type { AwardCriteria } from "../../lib/domain/tender/criteria-tree";
import { Prisma } from "../../lib/generated/prisma/client";
import type { Viewer } from "../../lib/server/auth/load-viewer";
import type { Db } from "../../lib/server/db";
import { createPublishedTender, insertSealedBid, markBidsOpened, sampleBidContent } from "./bid-fixtures";
import { createTestViewer, type RoleViewers } from "./test-database";

/**
 * Test fixtures for the ranking and the award: a tender in EVALUATION with three opened bids, a
 * panel (a chair and evaluators), every evaluator's submitted scores and the chair's consensus,
 * unless told to stop earlier. The award criteria are small enough to rank by hand:
 *
 *   cost 40 (F1 on the discounted TCO), quality 60 = fit 50 % + exit 50 % (30 points each), 0–5.
 *
 * Each bid costs its amount once, in year 0 (not discounted); the tender has no internal costs.
 * Quality: fit and exit are worth 60 × 50 % = 30 points each, so a score s gives 30 × s / 5.
 * Cost (F1, Pmin = B's EUR 80,000): 40 × 80,000 / P.
 *   A (Alpha): EUR 100,000 → cost 32;   fit 4, exit 4 → 24 + 24 = 48; total 80;
 *   B (Beta):  EUR 80,000  → cost 40;   fit 3, exit 2 → 18 + 12 = 30; total 70;
 *   C (Gamma): EUR 125,000 → cost 25.6; fit 5, exit 5 → 30 + 30 = 60; total 85.6.
 * Ranking: C (85.6), A (80), B (70).
 */
export const EVALUATION_TEST_AWARD: AwardCriteria = COST_AND_QUALITY_AWARD;

const BIDS = [
  { name: "Alpha Coop", euros: 100_000, consensus: { fit: 4, exit: 4 } },
  { name: "Beta Systems", euros: 80_000, consensus: { fit: 3, exit: 2 } },
  { name: "Gamma Software", euros: 125_000, consensus: { fit: 5, exit: 5 } },
] as const;

export type EvaluatedTenderFixture = Awaited<ReturnType<typeof createEvaluatedTender>>;

/** Up to which step the evaluation has gone. */
export type EvaluationStage = "OPENED" | "PANEL" | "SUBMITTED" | "CONSENSUS";

export async function createEvaluatedTender(
  db: Db,
  people: { organisationId: string; leadId: string; openerId: string; chairId: string; evaluatorIds: string[] },
  options: {
    stage?: EvaluationStage;
    award?: AwardCriteria;
    /** Per bid (Alpha, Beta, Gamma), what its content has besides its bidder and price. */
    contents?: Partial<BidContent>[];
  } = {},
) {
  const stage = options.stage ?? "CONSENSUS";
  const award = options.award ?? EVALUATION_TEST_AWARD;
  // An openness criterion the award computes automatically is nobody's to score.
  const scored = new Set(scoredCriteria(award.criteria).map((criterion) => criterion.key));
  const published = await createPublishedTender(db, people.organisationId);
  const tender = await db.tender.update({
    where: { id: published.id },
    // No sovereignty profile: the sample bids claim two objectives only, and the gate is not under test here.
    data: { status: "EVALUATION", award, sovereignty: Prisma.DbNull, clauses: [], internalCosts: [] },
  });
  const bids = [];
  for (const [index, entry] of BIDS.entries()) {
    const content: BidContent = sampleBidContent({
      bidder: { ...sampleBidContent().bidder, name: entry.name },
      costLines: [{ category: "IMPLEMENTATION", year: 0, amountCents: entry.euros * 100, note: "" }],
      ...options.contents?.[index],
    });
    const consensus = Object.entries(entry.consensus).filter(([criterionKey]) => scored.has(criterionKey));
    bids.push({ ...(await insertSealedBid(db, tender.id, { content })), consensus });
  }
  await markBidsOpened(db, tender.id, people.leadId, people.openerId);
  if (stage === "OPENED") return { tender, bids, panel: null };

  const panel = await db.evaluationPanel.create({ data: { tenderId: tender.id } });
  // Signed, and confirmed once the bidders' names were shown (lib/domain/panel/declaration.ts).
  const declared = { declarationSignedAt: new Date(), declarationConfirmedWithNamesAt: new Date() };
  await db.panelMember.create({
    data: { panelId: panel.id, userId: people.chairId, panelRole: "CHAIR", ...declared },
  });
  const members = [];
  for (const userId of people.evaluatorIds) {
    members.push(
      await db.panelMember.create({
        data: { panelId: panel.id, userId, panelRole: "EVALUATOR", ...declared },
      }),
    );
  }
  if (stage === "PANEL") return { tender, bids, panel };

  // Every evaluator gives the consensus score, but the first one gives one point less on "fit"
  // (never below 0), so the mean and the consensus differ.
  for (const [index, member] of members.entries()) {
    for (const bid of bids) {
      for (const [criterionKey, score] of bid.consensus) {
        await db.evaluatorScore.create({
          data: {
            memberId: member.id,
            bidId: bid.id,
            criterionKey,
            score: index === 0 && criterionKey === "fit" ? Math.max(0, score - 1) : score,
            justification: `Evaluator ${index + 1} on ${criterionKey} for bid ${bid.receiptNumber}.`,
          },
        });
      }
    }
    await db.panelMember.update({ where: { id: member.id }, data: { submittedAt: new Date() } });
  }
  if (stage === "SUBMITTED") return { tender, bids, panel };

  for (const bid of bids) {
    for (const [criterionKey, score] of bid.consensus) {
      await db.consensusScore.create({
        data: {
          tenderId: tender.id,
          bidId: bid.id,
          criterionKey,
          score,
          rationale: `The panel agreed on ${score} for ${criterionKey}.`,
          recordedById: people.chairId,
        },
      });
    }
  }
  await db.evaluationPanel.update({ where: { id: panel.id }, data: { consensusCompletedAt: new Date() } });
  return { tender, bids, panel };
}

/** The panel of createEvaluatedTender made of a chair and two evaluators of one organisation. */
export type PanelMembers = { chair: Viewer; evaluators: [Viewer, Viewer] };

export async function createPanelMembers(db: Db, organisationId: string): Promise<PanelMembers> {
  return {
    chair: await createTestViewer(db, organisationId, ["EVALUATOR"]),
    evaluators: [
      await createTestViewer(db, organisationId, ["EVALUATOR"]),
      await createTestViewer(db, organisationId, ["EVALUATOR"]),
    ],
  };
}

/** createEvaluatedTender's people: the organisation's drafter leads, its administrator opens the bids. */
export function evaluationPeople(
  viewers: Pick<RoleViewers, "DRAFTER" | "ADMIN">,
  chair: Viewer,
  evaluators: readonly Viewer[],
) {
  return {
    organisationId: viewers.DRAFTER.organisation.id,
    leadId: viewers.DRAFTER.userId,
    openerId: viewers.ADMIN.userId,
    chairId: chair.userId,
    evaluatorIds: evaluators.map((evaluator) => evaluator.userId),
  };
}
