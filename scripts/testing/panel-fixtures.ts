import type { BidContent } from "../../lib/domain/bids/bid-model";
import type { PanelSettings } from "../../lib/domain/panel/panel-model";
import type { ScoreAggregation } from "../../lib/domain/tender/criteria-tree";
import type { Lot } from "../../lib/domain/tender/lots";
import type { Viewer } from "../../lib/server/auth/load-viewer";
import type { Db } from "../../lib/server/db";
import { CASE_MANAGEMENT_SECTIONS } from "../../prisma/demo-tender-sections";
import { createPublishedTender, insertSealedBid, markBidsOpened, sampleBidContent } from "./bid-fixtures";
import { createRoleViewers, createTestViewer, type RoleViewers } from "./test-database";

/**
 * Test fixtures for the evaluation: a tender whose bids are opened (status EVALUATION) with the
 * demo case-management criteria (scored leaves functional, methodology, openness on 0–5), and a
 * panel stored directly, with declarations signed or not, for tests of what comes after.
 */
export const SCORED_CRITERIA = ["functional", "methodology", "openness"] as const;

export const BIDDERS = ["Codeworks Coop", "Atlantis Digital", "Nimbus Soft"] as const;

export async function createOpenedTender(
  db: Db,
  staff: { organisationId: string; requestedById: string; confirmedById: string },
  options: { lots?: Lot[]; bids?: BidContent[]; aggregation?: ScoreAggregation } = {},
) {
  const tender = await createPublishedTender(db, staff.organisationId, { lots: options.lots });
  const award = CASE_MANAGEMENT_SECTIONS.award!;
  await db.tender.update({
    where: { id: tender.id },
    data: {
      status: "EVALUATION",
      award: {
        ...award,
        discountRatePercent: 3,
        tcoHorizonYears: 4,
        scoreAggregation: options.aggregation ?? "CONSENSUS",
      },
      internalCosts: [{ category: "INTERNAL_STAFF", year: 1, amountCents: 4_500_000, note: "Product owner" }],
    },
  });
  const contents = options.bids ?? BIDDERS.map(namedBidContent);
  const bids = [];
  for (const content of contents) bids.push(await insertSealedBid(db, tender.id, { content }));
  await markBidsOpened(db, tender.id, staff.requestedById, staff.confirmedById);
  return { tender, bids };
}

/** The sample bid, from `name`: its bidder and the supplier of what it delivers. */
export function namedBidContent(name: string): BidContent {
  const sample = sampleBidContent();
  return {
    ...sample,
    bidder: { ...sample.bidder, name },
    components: sample.components.map((component) =>
      component.relation === "DELIVERED" ? { ...component, supplier: name } : component,
    ),
  };
}

/** A panel as the procurement lead would have set it up, members signed (and confirmed) unless told otherwise. */
export async function createPanel(
  db: Db,
  tenderId: string,
  people: { chair: Viewer; evaluators: Viewer[] },
  options: { settings?: Partial<PanelSettings>; signed?: boolean } = {},
) {
  const { scoringDeadline, ...settings } = options.settings ?? {};
  const signedAt = options.signed === false ? null : new Date();
  const panel = await db.evaluationPanel.create({
    data: {
      tenderId,
      ...settings,
      scoringDeadline: scoringDeadline ? new Date(`${scoringDeadline}T00:00:00Z`) : null,
      members: {
        create: [
          { userId: people.chair.userId, panelRole: "CHAIR" },
          ...people.evaluators.map((evaluator) => ({ userId: evaluator.userId, panelRole: "EVALUATOR" })),
        ].map((member) => ({ ...member, declarationSignedAt: signedAt, declarationConfirmedWithNamesAt: signedAt })),
      },
    },
    include: { members: true },
  });
  const memberOf = (viewer: Viewer) => panel.members.find((member) => member.userId === viewer.userId)!;
  return { panel, memberOf };
}

/** A score stored directly (as the scoring action would have), for tests of what others may see. */
export async function insertScore(
  db: Db,
  memberId: string,
  bidId: string,
  criterionKey: string,
  score: number,
  justification = `Justified ${score}`,
) {
  return db.evaluatorScore.create({ data: { memberId, bidId, criterionKey, score, justification } });
}

export type EvaluationCast = {
  /** One member per role of the organisation, and a drafter of another organisation. */
  roles: RoleViewers;
  /** Four more members with the evaluator role: the chair and three evaluators of the panel. */
  chair: Viewer;
  evaluators: [Viewer, Viewer, Viewer];
  /** roles.EVALUATOR: an evaluator of the organisation who is not on the panel. */
  outsider: Viewer;
};

export async function createEvaluationCast(db: Db): Promise<EvaluationCast> {
  const roles = await createRoleViewers(db);
  const organisationId = roles.DRAFTER.organisation.id;
  const evaluator = () => createTestViewer(db, organisationId, ["EVALUATOR"]);
  const chair = await evaluator();
  const evaluators: [Viewer, Viewer, Viewer] = [await evaluator(), await evaluator(), await evaluator()];
  return { roles, chair, evaluators, outsider: roles.EVALUATOR };
}

/** An opened tender of the cast's organisation, opened by its drafter and administrator. */
export function openedTenderFor(db: Db, cast: EvaluationCast, options: Parameters<typeof createOpenedTender>[2] = {}) {
  return createOpenedTender(
    db,
    {
      organisationId: cast.roles.DRAFTER.organisation.id,
      requestedById: cast.roles.DRAFTER.userId,
      confirmedById: cast.roles.ADMIN.userId,
    },
    options,
  );
}

/** An opened tender of the cast's organisation and its panel: the cast's chair and three evaluators. */
export async function openedTenderWithPanel(
  db: Db,
  cast: EvaluationCast,
  options: { tender?: Parameters<typeof createOpenedTender>[2]; panel?: Parameters<typeof createPanel>[3] } = {},
) {
  const { tender, bids } = await openedTenderFor(db, cast, options.tender);
  const people = { chair: cast.chair, evaluators: cast.evaluators };
  const { panel, memberOf } = await createPanel(db, tender.id, people, options.panel);
  return { tender, bids, panel, memberOf };
}

/** The member's score of every scored criterion of every bid, stored directly, ready to submit. */
export async function insertEveryScore(
  db: Db,
  memberId: string,
  bids: { id: string }[],
  score: number,
  justification?: (criterion: string) => string,
) {
  for (const bid of bids) {
    for (const criterion of SCORED_CRITERIA) {
      await insertScore(db, memberId, bid.id, criterion, score, justification?.(criterion));
    }
  }
}
