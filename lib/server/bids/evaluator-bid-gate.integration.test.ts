import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { evaluationCastForFile } from "@/scripts/testing/evaluation-suite";
import { BIDDERS, createPanel, openedTenderFor } from "@/scripts/testing/panel-fixtures";
import { connectTestDatabase, createTestViewer } from "@/scripts/testing/test-database";
import { readOpenedBid, readOpenedBids } from "./bid-access";
import { getBidRegister } from "./bid-register";
import { listOpenedTenders } from "./list-opened-tenders";

// Art. 24: an evaluator reads a tender's bids only as a member of its panel whose declaration is
// complete. Before the panel exists, or on it without a declaration, no read path gives them a
// bid: the list, the bid page, the assessment, the comparison, the attachment route, the
// evaluation file, the register's bidder names, the Evaluations page. The procurement lead still
// reads opened bids without a panel. Pages' loaders run for real, with only the session stood in.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({
  getViewer: async () => stubs.viewer,
  requireViewer: async () => stubs.viewer,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { GET: downloadAttachment } = await import("@/app/api/bid-attachment/route");
const { GET: exportEvaluationFile } = await import("@/app/api/evaluation-file/route");
const { loadBid } = await import("@/app/(app)/tenders/[tenderId]/bids/[bidId]/load-bid");
const { loadAssessment } = await import("@/app/(app)/tenders/[tenderId]/bids/[bidId]/assessment/load-assessment");
const { loadComparison } = await import("@/app/(app)/tenders/[tenderId]/bids/comparison/load-comparison");

const db = connectTestDatabase();
stubs.db = db;
const cast = evaluationCastForFile(db);

/** An opened tender (three bids, no lots) whose first bid has an attachment; no panel yet. */
async function openedTenderWithAttachment() {
  const { tender, bids } = await openedTenderFor(db, cast);
  const attachment = await db.bidAttachment.create({
    data: {
      bidId: bids[0]!.id,
      fileName: "plan.txt",
      mediaType: "text/plain",
      sizeBytes: 4,
      content: new Uint8Array(Buffer.from("plan")),
    },
  });
  return { tender, bid: bids[0]!, attachmentId: attachment.id };
}

type Opened = Awaited<ReturnType<typeof openedTenderWithAttachment>>;

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; messageKey?: string }) => `${error.code} ${error.messageKey ?? ""}`.trim(),
  );

/** What each read path gives `viewer` of the tender's bids: "READ", or why not. */
async function everyReadPath(viewer: Viewer, { tender, bid, attachmentId }: Opened) {
  stubs.viewer = viewer;
  const page = await loadBid(tender.id, bid.id);
  const assessment = await loadAssessment(tender.id, bid.id);
  const comparison = await loadComparison(tender.id, undefined);
  const download = await downloadAttachment(
    new Request(`http://localhost/api/bid-attachment?tender=${tender.id}&bid=${bid.id}&attachment=${attachmentId}`),
  );
  const evaluationFile = await exportEvaluationFile(
    new Request(`http://localhost/api/evaluation-file?tender=${tender.id}`),
  );
  const register = await getBidRegister(db, viewer, tender.id);
  const listed = (await listOpenedTenders(db, viewer)).find((entry) => entry.id === tender.id);
  return {
    list: (await refusal(readOpenedBids(db, viewer, tender.id))) ?? "READ",
    bid: (await refusal(readOpenedBid(db, viewer, tender.id, bid.id))) ?? "READ",
    page: page.state === "REFUSED" ? page.messageKey : page.state,
    assessment: assessment.state === "REFUSED" ? assessment.messageKey : assessment.state,
    comparison: comparison.result.state === "REFUSED" ? comparison.result.messageKey : comparison.result.state,
    attachment: download.status,
    evaluationFile: evaluationFile.status,
    registerNames: register.rows.map((row) => row.bidderName),
    // Listed on Evaluations only while the tender has no panel; null: listed without its bids.
    evaluationsPage: listed === undefined ? "NOT_LISTED" : listed.bids === null ? "NO_BIDS" : "BIDS",
  };
}

const refusedEverywhere = (reason: string, evaluationFile: number, evaluationsPage: string) => ({
  list: `FORBIDDEN errors.evaluation.bidAccess.${reason}`,
  bid: `FORBIDDEN errors.evaluation.bidAccess.${reason}`,
  page: `errors.evaluation.bidAccess.${reason}`,
  assessment: `errors.evaluation.bidAccess.${reason}`,
  comparison: `errors.evaluation.bidAccess.${reason}`,
  attachment: 403,
  evaluationFile,
  registerNames: [null, null, null],
  evaluationsPage,
});

describe("an evaluator's reads of opened bids", () => {
  it("give nothing by any path while the tender has no panel; the procurement lead reads them", async () => {
    const opened = await openedTenderWithAttachment();
    // The evaluation file exists for no one before a panel (403: the evaluator has no part in it).
    for (const evaluator of [cast.outsider, cast.evaluators[0]]) {
      expect(await everyReadPath(evaluator, opened)).toEqual(refusedEverywhere("noPanel", 403, "NO_BIDS"));
    }
    const readEverywhere = {
      list: "READ",
      bid: "READ",
      page: "OPENED",
      assessment: "OPENED",
      comparison: "OPENED",
      attachment: 200,
      registerNames: [...BIDDERS],
    };
    for (const lead of [cast.roles.DRAFTER, cast.roles.ADMIN]) {
      expect(await everyReadPath(lead, opened)).toMatchObject(readEverywhere);
    }
    // A lead who also holds the evaluator role runs the procedure: they read, and see the bids listed.
    const both = await createTestViewer(db, cast.roles.DRAFTER.organisation.id, ["DRAFTER", "EVALUATOR"]);
    expect(await everyReadPath(both, opened)).toMatchObject({ ...readEverywhere, evaluationsPage: "BIDS" });
  });

  it("give nothing on the panel before the declaration; everything, within the panel's rules, after", async () => {
    const opened = await openedTenderWithAttachment();
    const people = { chair: cast.chair, evaluators: cast.evaluators };
    const { memberOf } = await createPanel(db, opened.tender.id, people, { signed: false });
    const [first] = cast.evaluators;
    // Not ready: the evaluation file answers 409 (it is the chair's and the lead's, once complete).
    expect(await everyReadPath(first, opened)).toEqual(refusedEverywhere("declarationToSign", 409, "NOT_LISTED"));
    expect(await everyReadPath(cast.outsider, opened)).toEqual(refusedEverywhere("notOnPanel", 403, "NOT_LISTED"));

    const now = new Date();
    await db.panelMember.update({
      where: { id: memberOf(first).id },
      data: { declarationSignedAt: now, declarationConfirmedWithNamesAt: now },
    });
    expect(await everyReadPath(first, opened)).toEqual({
      list: "READ",
      bid: "READ",
      page: "OPENED",
      assessment: "OPENED",
      comparison: "OPENED",
      attachment: 200,
      evaluationFile: 409,
      registerNames: [...BIDDERS],
      evaluationsPage: "NOT_LISTED",
    });
    // The panel's rules still apply: prices are withheld until the evaluator submits.
    const bid = await readOpenedBid(db, first, opened.tender.id, opened.bid.id);
    expect(bid).toMatchObject({ pricesHidden: true, internalCosts: null, content: { costLines: [] } });
  });
});
