import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadViewer, type Viewer } from "@/lib/server/auth/load-viewer";
import {
  listBidderNames,
  listBidReceipts,
  readBidAccess,
  readBidReceipt,
  readOpenedBid,
  readOpenedBidAttachment,
  readOpenedBids,
} from "@/lib/server/bids/bid-access";
import { getBidRegister } from "@/lib/server/bids/bid-register";
import { readBidTender } from "@/lib/server/bids/bid-tender";
import { assessTenderBids } from "@/lib/server/bids/assess-tender-bids";
import type { Db } from "@/lib/server/db";
import { createEvaluatedTender, type EvaluationStage } from "@/scripts/testing/evaluation-fixtures";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";
import { readConsensusView } from "./consensus-view";
import { loadEvaluationContext } from "./evaluation-context";
import { loadEvaluation } from "./load-evaluation";
import { listMyEvaluations } from "./my-evaluations";
import { readEvaluationOverview } from "./overview";
import { readScoringView } from "./scoring-view";

// Issue 6, second review: an evaluator of organisation B gets "not found" for anything of
// organisation A, by every read path, route and action, even a person who also sits on A's panel
// (people can belong to several organisations: what counts is the one they are working in).
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const actions = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");
const bidActions = await import("@/app/(app)/tenders/[tenderId]/bids/[bidId]/actions");
const { GET: downloadAttachment } = await import("@/app/api/bid-attachment/route");
const { GET: exportFile } = await import("@/app/api/evaluation-file/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

/** In organisation A: the staff, and the chair and evaluators, each also an evaluator of B. */
type Person = { inA: Viewer; inB: Viewer };
let lead: Viewer;
let opener: Viewer;
let chair: Person;
let evaluators: [Person, Person];

async function alsoInB(inA: Viewer, organisationB: string): Promise<Person> {
  await db.membership.create({ data: { userId: inA.userId, organisationId: organisationB, roles: ["EVALUATOR"] } });
  const result = await loadViewer(db, inA.userId, organisationB);
  if (result.kind !== "viewer") throw new Error("no viewer in B");
  return { inA, inB: result.viewer };
}

beforeAll(async () => {
  const [a, b] = [await createTestOrganisation(db, "Authority A"), await createTestOrganisation(db, "Authority B")];
  lead = await createTestViewer(db, a.id, ["DRAFTER"]);
  opener = await createTestViewer(db, a.id, ["ADMIN"]);
  const evaluatorOfA = () => createTestViewer(db, a.id, ["EVALUATOR"]);
  chair = await alsoInB(await evaluatorOfA(), b.id);
  evaluators = [await alsoInB(await evaluatorOfA(), b.id), await alsoInB(await evaluatorOfA(), b.id)];
});

const tenderAt = async (stage: EvaluationStage) => {
  const fixture = await createEvaluatedTender(
    db,
    {
      organisationId: lead.organisation.id,
      leadId: lead.userId,
      openerId: opener.userId,
      chairId: chair.inA.userId,
      evaluatorIds: evaluators.map((evaluator) => evaluator.inA.userId),
    },
    { stage },
  );
  const attachment = await db.bidAttachment.create({
    data: {
      bidId: fixture.bids[0]!.id,
      fileName: "quality plan.pdf",
      mediaType: "application/pdf",
      sizeBytes: 4,
      content: new Uint8Array([37, 80, 68, 70]),
    },
  });
  return { ...fixture, attachmentId: attachment.id };
};

/** The error code a read fails with; null when it succeeds. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code ?? "?",
  );

describe("an evaluator of organisation B", () => {
  it("finds nothing of A's bids, by any read path, though they sit on A's panel", async () => {
    const { tender, bids, attachmentId } = await tenderAt("CONSENSUS");
    const bidId = bids[0]!.id;
    const ids = { tenderId: tender.id, bidId, attachmentId };
    const reads = (viewer: Viewer) => [
      readBidTender(db, viewer, tender.id),
      readBidAccess(db, viewer, tender.id),
      listBidReceipts(db, viewer, tender.id),
      readBidReceipt(db, viewer, tender.id, bidId),
      readOpenedBids(db, viewer, tender.id),
      readOpenedBid(db, viewer, tender.id, bidId),
      readOpenedBidAttachment(db, viewer, ids),
      listBidderNames(db, viewer, tender.id),
      getBidRegister(db, viewer, tender.id),
      assessTenderBids(db, viewer, tender.id, null),
    ];
    // The same person, working in A, reads them all: only the organisation differs.
    expect(await Promise.all(reads(evaluators[0].inA).map(failure))).toEqual(Array(10).fill(null));
    expect(await Promise.all(reads(evaluators[0].inB).map(failure))).toEqual(Array(10).fill("NOT_FOUND"));

    const download = (viewer: Viewer) => {
      stubs.viewer = viewer;
      return downloadAttachment(
        new Request(`http://localhost/api/bid-attachment?tender=${tender.id}&bid=${bidId}&attachment=${attachmentId}`),
      );
    };
    expect((await download(evaluators[0].inA)).status).toBe(200);
    const refused = await download(evaluators[0].inB);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toMatch(/quality plan|Alpha/);
  });

  it("finds nothing of A's evaluation: panel, scores, consensus, ranking, evaluation file", async () => {
    const { tender } = await tenderAt("CONSENSUS");
    const reads = (person: Person, viewer: Viewer) => [
      loadEvaluationContext(db, viewer, tender.id),
      readEvaluationOverview(db, viewer, tender.id),
      readScoringView(db, viewer, tender.id),
      loadEvaluation(db, viewer, tender.id),
      ...(person === chair ? [readConsensusView(db, viewer, tender.id)] : []),
    ];
    for (const person of [chair, evaluators[0]]) {
      expect(await Promise.all(reads(person, person.inA).map(failure))).not.toContain("NOT_FOUND");
      const inB = await Promise.all(reads(person, person.inB).map(failure));
      expect(inB.every((code) => code === "NOT_FOUND")).toBe(true);
      expect((await listMyEvaluations(db, person.inB)).map((entry) => entry.tenderId)).not.toContain(tender.id);
    }
    const download = (viewer: Viewer) => {
      stubs.viewer = viewer;
      return exportFile(new Request(`http://localhost/api/evaluation-file?tender=${tender.id}`));
    };
    expect((await download(chair.inA)).status).toBe(200);
    expect((await download(chair.inB)).status).toBe(404);
  });

  it("changes nothing of A's evaluation: every action answers not found", async () => {
    const scoring = await tenderAt("PANEL");
    const moderating = await tenderAt("SUBMITTED");
    const as = (viewer: Viewer) => {
      stubs.viewer = viewer;
      return actions;
    };
    const member = (tenderId: string, person: Person) =>
      db.panelMember.findFirstOrThrow({ where: { userId: person.inA.userId, panel: { tenderId } } });
    const evaluator = evaluators[0];
    const score = {
      tenderId: scoring.tender.id,
      bidId: scoring.bids[0]!.id,
      criterionKey: "fit",
      version: "",
      score: "3",
      justification: "Meets the needs",
    };
    const target = await member(moderating.tender.id, evaluator);
    const attempts = (who: "inA" | "inB") => [
      () => as(evaluator[who]).saveScoreAction(score),
      () => as(chair[who]).recordConsensusAction({ tenderId: moderating.tender.id, bidId: moderating.bids[0]!.id, criterionKey: "fit", version: "", score: "4", rationale: "Agreed" }), // prettier-ignore
      () => as(chair[who]).reopenSubmissionAction({ tenderId: moderating.tender.id, memberId: target.id, version: target.version, reason: "Wrong bid" }), // prettier-ignore
      () => {
        stubs.viewer = evaluator[who];
        return bidActions.reviewSovereigntyAction({
          tenderId: scoring.tender.id,
          bidId: scoring.bids[0]!.id,
          version: 0,
          objective: "SOV-2",
          level: "1",
          justification: "Checked the register",
        });
      },
      // Last: in A, it takes the evaluator off the panel.
      () => as(evaluator[who]).declareConflictAction({ tenderId: scoring.tender.id, version: 0, bidId: scoring.bids[0]!.id, note: "My cousin works there" }), // prettier-ignore
    ];
    // From B, first: nothing may have changed when A's people try the same afterwards.
    for (const attempt of attempts("inB")) expect(await attempt()).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.evaluatorScore.count({ where: { bidId: scoring.bids[0]!.id } })).toBe(0);
    expect(await db.consensusScore.count({ where: { tenderId: moderating.tender.id } })).toBe(0);
    for (const attempt of attempts("inA")) expect((await attempt()).ok).toBe(true);
  });
});
