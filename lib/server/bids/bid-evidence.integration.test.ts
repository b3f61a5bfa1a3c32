import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import {
  createPublishedTender,
  insertSealedBid,
  markBidsOpened,
  sampleBidContent,
} from "@/scripts/testing/bid-fixtures";
import { actionTestSession } from "@/scripts/testing/action-session";
import { registerBidFormValues } from "@/scripts/testing/bid-reception";
import { zipFile } from "@/scripts/testing/zip-fixture";

// The server actions run for real (validation, permission, transaction, audit events); only the
// session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { addEvidenceAction, registerBidAction } = await import("@/app/(app)/tenders/[tenderId]/bids/actions");

const { db, viewers, runAs } = actionTestSession(stubs);

const MB = 1024 * 1024;
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
// The browser's type is whatever the sender's computer says: it is never trusted.
const pdf = (name = "ISO 27001 certificate.pdf", type = "application/octet-stream") => new File([PDF], name, { type });

async function sealedBid() {
  const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
  const bid = await insertSealedBid(db, tender.id);
  return { tender, bid };
}

/** What the evidence page posts: form data, the files under one name. */
function evidenceForm(ids: { tenderId: string; bidId: string }, objective: string, files: File[]) {
  const data = new FormData();
  data.set("tenderId", ids.tenderId);
  data.set("bidId", ids.bidId);
  data.set("objective", objective);
  files.forEach((file) => data.append("files", file));
  return data;
}

const addAs = runAs(addEvidenceAction);

const attachmentsOf = (bidId: string) =>
  db.bidAttachment.findMany({ where: { bidId }, orderBy: [{ createdAt: "asc" }, { fileName: "asc" }] });

describe("adding evidence to a sealed bid", () => {
  it.each([
    ["DRAFTER", { ok: true }],
    ["ADMIN", { ok: true }],
    ["EVALUATOR", { ok: false, code: "FORBIDDEN" }],
    ["OSPO", { ok: false, code: "FORBIDDEN" }],
    // Another organisation's tender and bid do not exist for them.
    ["OTHER_DRAFTER", { ok: false, code: "NOT_FOUND" }],
  ] as const)("%s: %j", async (role, outcome) => {
    const { tender, bid } = await sealedBid();
    const result = await addAs(viewers[role], evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-2", [pdf()]));
    expect(result).toMatchObject(outcome);
    expect(await attachmentsOf(bid.id)).toHaveLength(outcome.ok ? 1 : 0);
  });

  it("is refused to someone not signed in", async () => {
    const { tender, bid } = await sealedBid();
    const data = evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-2", [pdf()]);
    expect(await addAs(null, data)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("stores the files with the sniffed type, answers with the count only, audits no file name", async () => {
    const { tender, bid } = await sealedBid();
    const docx = zipFile([
      { name: "[Content_Types].xml", content: "<Types/>" },
      { name: "word/document.xml", content: "<w:document/>" },
    ]);
    const files = [pdf("ISO 27001 certificate.pdf", "image/png"), new File([docx], "Parent company statement.docx")];
    const result = await addAs(viewers.DRAFTER, evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-2", files));
    expect(result).toEqual({ ok: true, data: { receiptNumber: 1, added: 2 } });
    // Nothing of the sealed bid comes back.
    expect(JSON.stringify(result)).not.toMatch(/Codeworks|BE0123456789|EUPL/);

    const stored = await attachmentsOf(bid.id);
    expect(stored.map((file) => [file.objective, file.fileName, file.mediaType, file.sizeBytes])).toEqual([
      ["SOV-2", "ISO 27001 certificate.pdf", "application/pdf", PDF.byteLength],
      [
        "SOV-2",
        "Parent company statement.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.byteLength,
      ],
    ]);
    expect(new Uint8Array(stored[0]!.content)).toEqual(PDF);
    // The bid's content is as it was.
    expect((await db.bid.findUniqueOrThrow({ where: { id: bid.id } })).content).toEqual(sampleBidContent());

    const events = await db.auditEvent.findMany({ where: { entityId: bid.id, action: "bid.evidence_added" } });
    expect(events.map((event) => event.after)).toEqual([
      {
        tenderId: tender.id,
        receiptNumber: 1,
        objective: "SOV-2",
        fileCount: 2,
        totalBytes: PDF.byteLength + docx.byteLength,
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/certificate|statement|\.pdf|\.docx/);
  });

  it("keeps general evidence without an objective", async () => {
    const { tender, bid } = await sealedBid();
    const data = evidenceForm({ tenderId: tender.id, bidId: bid.id }, "GENERAL", [pdf()]);
    expect(await addAs(viewers.DRAFTER, data)).toMatchObject({ ok: true });
    expect((await attachmentsOf(bid.id)).map((file) => file.objective)).toEqual([null]);
  });

  it("is refused once the opening is requested, after the opening, and for a withdrawn bid", async () => {
    const requested = await sealedBid();
    await db.bidOpening.create({ data: { tenderId: requested.tender.id, requestedById: viewers.ADMIN.userId } });
    const opened = await sealedBid();
    await markBidsOpened(db, opened.tender.id, viewers.DRAFTER.userId, viewers.ADMIN.userId);
    const withdrawn = await sealedBid();
    await db.bid.update({ where: { id: withdrawn.bid.id }, data: { withdrawnAt: new Date(), withdrawnReason: "x" } });

    for (const [{ tender, bid }, formError] of [
      [requested, "errors.bidReception.openingRequested"],
      [opened, "errors.bidReception.bidsOpened"],
      [withdrawn, "errors.bidReception.withdrawn"],
    ] as const) {
      const data = evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-1", [pdf()]);
      expect(await addAs(viewers.DRAFTER, data)).toMatchObject({ ok: false, code: "INVALID_STATE", formError });
      expect(await attachmentsOf(bid.id)).toEqual([]);
    }
  });

  it("refuses an objective that does not exist, and a bid of another tender", async () => {
    const { tender, bid } = await sealedBid();
    const other = await sealedBid();
    expect(
      await addAs(viewers.DRAFTER, evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-9", [pdf()])),
    ).toMatchObject({ fieldErrors: { objective: ["validation.bidReception.objectiveRequired"] } });
    expect(
      await addAs(viewers.DRAFTER, evidenceForm({ tenderId: tender.id, bidId: other.bid.id }, "SOV-1", [pdf()])),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    // An empty file input posts one empty file without a name.
    ["no file chosen", () => [new File([], "")], "problems.evidence.noFiles"],
    ["an empty file", () => [new File([], "empty.pdf")], 'problems.evidence.empty?{"name":"empty.pdf"}'],
    [
      "eleven files",
      () => Array.from({ length: 11 }, (_, index) => pdf(`f${index}.pdf`)),
      'problems.evidence.tooManyFiles?{"count":11,"max":10}',
    ],
    [
      // 10 MB and one byte: shown as 10.1 MB, rounded up.
      "a file over 10 MB",
      () => [new File([PDF, new Uint8Array(10 * MB + 1 - PDF.byteLength)], "big.pdf")],
      'problems.evidence.tooLarge?{"name":"big.pdf","size":10.1,"max":10}',
    ],
    [
      "a program named as a PDF",
      () => [new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], "offer.pdf", { type: "application/pdf" })],
      'problems.evidence.typeNotAccepted?{"name":"offer.pdf"}',
    ],
    [
      "a PDF named as an image",
      () => [pdf("scan.png", "image/png")],
      'problems.evidence.extensionMismatch?{"name":"scan.png","type":"PDF","extensions":".pdf"}',
    ],
  ])("refuses %s, with a precise message, storing nothing", async (_, files, message) => {
    const { tender, bid } = await sealedBid();
    const result = await addAs(viewers.DRAFTER, evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-2", files()));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { files: [message] } });
    expect(await attachmentsOf(bid.id)).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: bid.id, action: "bid.evidence_added" } })).toBe(0);
  });

  it("keeps a bid to 100 evidence files", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    const attachments = Array.from({ length: 99 }, (_, index) => ({
      fileName: `e${index}.pdf`,
      mediaType: "application/pdf",
      content: new Uint8Array(PDF),
    }));
    const bid = await insertSealedBid(db, tender.id, { attachments });
    const two = evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-3", [pdf("a.pdf"), pdf("b.pdf")]);
    expect(await addAs(viewers.DRAFTER, two)).toMatchObject({
      fieldErrors: { files: ['errors.bidReception.tooManyAttachments?{"max":100}'] },
    });
    const one = evidenceForm({ tenderId: tender.id, bidId: bid.id }, "SOV-3", [pdf("a.pdf")]);
    expect(await addAs(viewers.DRAFTER, one)).toMatchObject({ ok: true, data: { added: 1 } });
    expect(await db.bidAttachment.count({ where: { bidId: bid.id } })).toBe(100);
  });
});

describe("evidence files sent with the 'Register a bid' form", () => {
  it("are stored with the new bid, one audit event per objective, in the same transaction", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    stubs.viewer = viewers.DRAFTER;
    const result = await registerBidAction({
      ...registerBidFormValues(tender.id),
      evidence: [
        { objective: "SOV-2", file: pdf("a.pdf") },
        { objective: "GENERAL", file: new File(["Data centres: Paris, Frankfurt"], "centres.txt") },
        { objective: "SOV-2", file: pdf("b.pdf") },
      ],
    });
    expect(result).toEqual({ ok: true, data: { receiptNumber: 1, lotKey: null } });
    const bid = await db.bid.findFirstOrThrow({ where: { tenderId: tender.id } });
    expect((await attachmentsOf(bid.id)).map((file) => [file.objective, file.fileName, file.mediaType])).toEqual([
      ["SOV-2", "a.pdf", "application/pdf"],
      ["SOV-2", "b.pdf", "application/pdf"],
      [null, "centres.txt", "text/plain"],
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: bid.id } });
    const summary = events.map((event) => {
      const after = event.after as { objective?: string | null; fileCount?: number };
      return `${event.action} ${after.objective} ${after.fileCount}`;
    });
    expect(summary.sort()).toEqual([
      "bid.evidence_added SOV-2 2",
      "bid.evidence_added null 1",
      "bid.registered undefined undefined",
    ]);
  });

  it("a file refused refuses the bid: nothing is registered", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    stubs.viewer = viewers.DRAFTER;
    const result = await registerBidAction({
      ...registerBidFormValues(tender.id),
      evidence: [{ objective: "SOV-1", file: new File([new Uint8Array([0x4d, 0x5a, 0x00])], "tool.exe") }],
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "evidence.upload": ['problems.evidence.typeNotAccepted?{"name":"tool.exe"}'] },
    });
    expect(await db.bid.count({ where: { tenderId: tender.id } })).toBe(0);
  });
});
