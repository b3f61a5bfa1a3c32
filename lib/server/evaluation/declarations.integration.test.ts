import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { listBidderNames, readOpenedBid, readOpenedBids } from "@/lib/server/bids/bid-access";
import { sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { evaluationTestFile, failure } from "@/scripts/testing/evaluation-suite";
import { createPanel, insertScore, openedTenderFor, openedTenderWithPanel } from "@/scripts/testing/panel-fixtures";
import { readConsensusView } from "./consensus-view";
import { readEvaluationOverview } from "./overview";

// Declarations (Art. 24): no bid before the declaration is signed and, once names are shown,
// confirmed against them; a declared conflict takes the member off the bid's lot (or the tender).
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

const { db, cast, as } = evaluationTestFile(stubs, actions);

const LOTS = [
  { key: "LOT-1", title: "Platform", description: "", cpv: null, estimatedValueCents: 100_000_000 },
  { key: "LOT-2", title: "Support", description: "", cpv: null, estimatedValueCents: 50_000_000 },
];

describe("the declaration", () => {
  it("gates every read of a bid, by any path, until signed and confirmed against the names", async () => {
    const { tender, bids } = await openedTenderFor(db, cast);
    await db.bidAttachment.create({
      data: {
        bidId: bids[0]!.id,
        fileName: "plan.txt",
        mediaType: "text/plain",
        sizeBytes: 4,
        content: new Uint8Array(Buffer.from("plan")),
      },
    });
    const attachment = await db.bidAttachment.findFirstOrThrow({ where: { bidId: bids[0]!.id } });
    await createPanel(db, tender.id, { chair: cast.chair, evaluators: cast.evaluators }, { signed: false });
    const [first] = cast.evaluators;
    const download = () =>
      downloadAttachment(
        new Request(
          `http://localhost/api/bid-attachment?tender=${tender.id}&bid=${bids[0]!.id}&attachment=${attachment.id}`,
        ),
      );

    for (const viewer of [first, cast.chair]) {
      expect(await failure(readOpenedBid(db, viewer, tender.id, bids[0]!.id))).toBe(
        "FORBIDDEN errors.evaluation.bidAccess.declarationToSign",
      );
      expect(await failure(readOpenedBids(db, viewer, tender.id))).toBe(
        "FORBIDDEN errors.evaluation.bidAccess.declarationToSign",
      );
      stubs.viewer = viewer;
      expect((await download()).status).toBe(403);
    }
    // An evaluator of the organisation who is not on the panel reads nothing at all.
    expect(await failure(readOpenedBids(db, cast.outsider, tender.id))).toBe(
      "FORBIDDEN errors.evaluation.bidAccess.notOnPanel",
    );
    // Nor can one act on a bid.
    stubs.viewer = first;
    expect(
      await bidActions.reviewSovereigntyAction({
        tenderId: tender.id,
        bidId: bids[0]!.id,
        version: 0,
        objective: "SOV-1",
        level: "1",
        justification: "Before signing",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN", formError: "errors.evaluation.bidAccess.declarationToSign" });

    expect(
      await as(first).signDeclarationAction({ tenderId: tender.id, version: 0, agree: false as never }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { agree: ["validation.evaluation.declarationAgree"] },
    });
    expect(await as(first).signDeclarationAction({ tenderId: tender.id, version: 0, agree: "true" })).toEqual({
      ok: true,
      data: null,
    });
    expect(await as(first).signDeclarationAction({ tenderId: tender.id, version: 1, agree: "true" })).toMatchObject({
      ok: false,
      formError: "errors.evaluation.alreadySigned",
    });
    // Names are shown at once without blind mode: confirm against them first.
    expect(await failure(readOpenedBids(db, first, tender.id))).toBe(
      "FORBIDDEN errors.evaluation.bidAccess.namesToConfirm",
    );
    expect((await listBidderNames(db, first, tender.id)).map((bid) => bid.bidderName)).toEqual([
      "Codeworks Coop",
      "Atlantis Digital",
      "Nimbus Soft",
    ]);
    expect(await as(first).confirmNamesAction({ tenderId: tender.id, version: 1, agree: "true" })).toEqual({
      ok: true,
      data: null,
    });
    expect(await readOpenedBids(db, first, tender.id)).toHaveLength(3);
    stubs.viewer = first;
    expect((await download()).status).toBe(200);

    const trail = await db.auditEvent.findMany({
      where: { entityId: tender.id, action: { startsWith: "evaluation.declaration" } },
      orderBy: { occurredAt: "asc" },
    });
    expect(trail.map((event) => [event.action, event.actorEmail])).toEqual([
      ["evaluation.declaration_signed", first.email],
      ["evaluation.declaration_confirmed", first.email],
    ]);
  });
});

describe("a declared conflict", () => {
  it("takes the evaluator off the bid's lot, withdraws their scores there, and tells the chair", async () => {
    const contents = [
      sampleBidContent({ lotKey: "LOT-1", bidder: { ...sampleBidContent().bidder, name: "Brother-in-law Ltd" } }),
      sampleBidContent({ lotKey: "LOT-2", bidder: { ...sampleBidContent().bidder, name: "Unrelated GmbH" } }),
    ];
    const { tender, bids, memberOf } = await openedTenderWithPanel(db, cast, {
      tender: { lots: LOTS, bids: contents },
    });
    const [first, second] = cast.evaluators;
    await insertScore(db, memberOf(first).id, bids[0]!.id, "functional", 4);
    await insertScore(db, memberOf(first).id, bids[1]!.id, "functional", 2);

    expect(
      await as(first).declareConflictAction({ tenderId: tender.id, version: 0, bidId: bids[0]!.id, note: " " }),
    ).toMatchObject({ ok: false, fieldErrors: { note: ["validation.evaluation.conflictNoteRequired"] } });
    expect(
      await as(first).declareConflictAction({
        tenderId: tender.id,
        version: 0,
        bidId: bids[0]!.id,
        note: "My brother-in-law manages this bidder.",
      }),
    ).toEqual({ ok: true, data: null });

    const member = await db.panelMember.findUniqueOrThrow({ where: { id: memberOf(first).id } });
    expect(member).toMatchObject({ excludedLotKeys: ["LOT-1"], removedAt: null });
    expect(await db.evaluatorScore.findMany({ where: { memberId: member.id } })).toEqual([
      expect.objectContaining({ bidId: bids[1]!.id }),
    ]);
    expect(await failure(readOpenedBid(db, first, tender.id, bids[0]!.id))).toBe(
      "FORBIDDEN errors.evaluation.bidAccess.conflictedLot",
    );
    expect((await readOpenedBids(db, first, tender.id)).map((bid) => bid.id)).toEqual([bids[1]!.id]);
    // Scoring that bid is refused too.
    expect(
      await as(first).saveScoreAction({
        tenderId: tender.id,
        bidId: bids[0]!.id,
        criterionKey: "functional",
        version: "",
        score: "3",
        justification: "After the conflict",
      }),
    ).toMatchObject({ ok: false, formError: "errors.evaluation.bidAccess.conflictedLot" });

    // The chair and the procurement lead see the conflict and why; a colleague does not see why.
    for (const viewer of [cast.chair, cast.roles.DRAFTER]) {
      const overview = await readEvaluationOverview(db, viewer, tender.id);
      expect(overview.members.find((entry) => entry.id === member.id)?.conflicts).toEqual([
        expect.objectContaining({
          bidId: bids[0]!.id,
          lotKey: "LOT-1",
          note: "My brother-in-law manages this bidder.",
        }),
      ]);
    }
    const colleague = await readEvaluationOverview(db, second, tender.id);
    expect(colleague.members.find((entry) => entry.id === member.id)?.conflicts).toBeNull();

    const [event] = await db.auditEvent.findMany({
      where: { entityId: tender.id, action: "evaluation.conflict_declared" },
    });
    expect(event!.after).toMatchObject({
      member: first.email,
      bidder: "Brother-in-law Ltd",
      lotKey: "LOT-1",
      effect: "LOT_EXCLUDED",
      scoresWithdrawn: 1,
    });
  });

  it("on a tender without lots takes the evaluator off the panel; the consensus no longer waits for them", async () => {
    const { tender, bids, memberOf } = await openedTenderWithPanel(db, cast);
    const [first] = cast.evaluators;
    expect(
      await as(first).declareConflictAction({
        tenderId: tender.id,
        version: 0,
        bidId: bids[2]!.id,
        note: "Former employer",
      }),
    ).toEqual({ ok: true, data: null });
    expect(await db.panelMember.findUniqueOrThrow({ where: { id: memberOf(first).id } })).toMatchObject({
      removedReason: "CONFLICT",
      removedAt: expect.any(Date),
    });
    expect(await failure(readOpenedBids(db, first, tender.id))).toBe(
      "FORBIDDEN errors.evaluation.bidAccess.removedFromPanel",
    );
    const view = await readConsensusView(db, cast.chair, tender.id);
    expect(view.pending.map((pending) => pending.id)).not.toContain(memberOf(first).id);
    expect(view.pending).toHaveLength(2);
  });
});
