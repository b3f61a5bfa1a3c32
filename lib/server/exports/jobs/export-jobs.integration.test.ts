import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readPdf } from "@/lib/domain/documents/testing/pdf-reader";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createExportScene } from "@/scripts/testing/export-fixtures";
import { connectTestDatabase, createTestViewer, type RoleViewers } from "@/scripts/testing/test-database";
import { createExportJob, deleteExpiredExportJobs } from "./create-export-job";
import { readExportJob } from "./read-export-job";
import { runExportJob } from "./run-export-job";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null, failPdf: false }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
vi.mock("@/lib/domain/documents/renderers", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/domain/documents/renderers")>();
  const pdf = original.DOCUMENT_RENDERERS.pdf;
  return {
    DOCUMENT_RENDERERS: {
      ...original.DOCUMENT_RENDERERS,
      pdf: async (...args: Parameters<typeof pdf>) => {
        if (stubs.failPdf) throw new Error("font table corrupted halfway through the PDF");
        return pdf(...args);
      },
    },
  };
});
const downloadRoute = await import("@/app/api/exports/jobs/[jobId]/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

const SEALED_BIDDER = "Sealed Bundle Bidder";
const ORIGIN = "https://tc.example";
let viewers: RoleViewers;
let colleague: Viewer;
let chair: Viewer;
let evaluator: Viewer;
let sealedTenderId: string;
let evaluatedTenderId: string;

beforeAll(async () => {
  ({ viewers, chair, evaluator, sealedTenderId, evaluatedTenderId } = await createExportScene(db, SEALED_BIDDER));
  colleague = await createTestViewer(db, viewers.DRAFTER.organisation.id, ["DRAFTER"]);
}, 60_000);

/** Asks for a job as the action does: in a transaction, with its audit event. */
async function ask(viewer: Viewer, kind: "TENDER_DOCUMENTS" | "EVALUATION_FILE", tenderId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { jobId, event } = await createExportJob(tx, viewer, { kind, tenderId, origin: ORIGIN }, now);
    await tx.auditEvent.create({
      data: { ...event, actorId: viewer.userId, organisationId: viewer.organisation.id, after: event.after ?? {} },
    });
    return jobId;
  });
}

function download(viewer: Viewer | null, jobId: string) {
  stubs.viewer = viewer;
  const request = new Request(`http://localhost/api/exports/jobs/${jobId}`);
  return downloadRoute.GET(request, { params: Promise.resolve({ jobId }) });
}

async function zipText(bytes: Uint8Array): Promise<Record<string, string>> {
  const entries = unzipSync(bytes);
  const texts: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith(".pdf")) texts[name] = (await readPdf(data)).pages.join("\n");
    else if (/\.(odt|docx|ods|xlsx)$/.test(name))
      texts[name] = Object.values(unzipSync(data)).map((part) => strFromU8(part)).join("\n"); // prettier-ignore
    else texts[name] = strFromU8(data);
  }
  return texts;
}

describe("the ZIP of all the tender documents", () => {
  it("is prepared in the background, then downloaded by the person who asked", async () => {
    const jobId = await ask(viewers.DRAFTER, "TENDER_DOCUMENTS", sealedTenderId);
    const queued = await readExportJob(db, viewers.DRAFTER, jobId, new Date());
    expect(queued).toMatchObject({ status: "QUEUED", progress: 0, fileName: null });
    // Not ready yet: 409, and no file.
    const early = await download(viewers.DRAFTER, jobId);
    expect(early.status).toBe(409);
    expect((await early.json()).error.message).toBe("The file is not ready yet: its progress page says when it is.");

    await runExportJob(db, jobId);
    const done = await readExportJob(db, viewers.DRAFTER, jobId, new Date());
    expect(done).toMatchObject({ status: "DONE", progress: 100, error: null });
    expect(done.fileName).toMatch(/^BID-[0-9A-F]{8}-case-management-system-all-documents\.zip$/);
    expect(done.target.backHref).toBe(`/tenders/${sealedTenderId}/export`);

    const response = await download(viewers.DRAFTER, jobId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${done.fileName}"`);
    const files = await zipText(new Uint8Array(await response.arrayBuffer()));
    const base = done.fileName!.replace("-all-documents.zip", "");
    expect(Object.keys(files)).toEqual([
      `${base}.odt`,
      `${base}.docx`,
      `${base}.pdf`,
      `${base}.md`,
      `${base}.json`,
      `${base}-price-schedule.ods`,
      `${base}-price-schedule.xlsx`,
    ]);
    expect(files[`${base}.md`]).toContain("# Case management system");
    expect(files[`${base}.json`]).toContain(`"$schema": "${ORIGIN}/schemas/tender-export.v1.json"`);
    for (const [name, text] of Object.entries(files)) {
      expect(text.length, name).toBeGreaterThan(500);
      expect(text, name).not.toContain(SEALED_BIDDER);
    }
    const requested = await db.auditEvent.findMany({ where: { action: "export.job_requested", entityId: sealedTenderId } }); // prettier-ignore
    expect(requested.map((event) => event.after)).toContainEqual({ jobId, kind: "TENDER_DOCUMENTS" });
  }, 120_000);

  it("is nobody else's: not a colleague's, not another organisation's, not after losing access", async () => {
    const jobId = await ask(viewers.OSPO, "TENDER_DOCUMENTS", sealedTenderId);
    await runExportJob(db, jobId);
    expect((await download(viewers.OSPO, jobId)).status).toBe(200);
    for (const viewer of [colleague, viewers.DRAFTER, viewers.OTHER_DRAFTER]) {
      const response = await download(viewer, jobId);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
      await expect(readExportJob(db, viewer, jobId, new Date())).rejects.toEqual(new AppError("NOT_FOUND"));
    }
    expect((await download(null, jobId)).status).toBe(401);
    // The same check as the page, again at download: without tender.view, the file is gone for them.
    await db.membership.updateMany({ where: { userId: viewers.OSPO.userId }, data: { roles: ["EVALUATOR"] } });
    expect((await download({ ...viewers.OSPO, roles: ["EVALUATOR"] }, jobId)).status).toBe(404);
    await db.membership.updateMany({ where: { userId: viewers.OSPO.userId }, data: { roles: ["OSPO"] } });
  }, 120_000);

  it("cannot be asked for by whoever may not open the tender", async () => {
    for (const viewer of [viewers.EVALUATOR, viewers.OTHER_DRAFTER]) {
      await expect(ask(viewer, "TENDER_DOCUMENTS", sealedTenderId)).rejects.toEqual(new AppError("NOT_FOUND"));
    }
  });
});

describe("the full evaluation file", () => {
  it("gives the lead the report in every format with the evaluation file, audited", async () => {
    const jobId = await ask(viewers.DRAFTER, "EVALUATION_FILE", evaluatedTenderId);
    await runExportJob(db, jobId);
    const done = await readExportJob(db, viewers.DRAFTER, jobId, new Date());
    expect(done.status).toBe("DONE");
    expect(done.fileName).toMatch(/-case-management-system-evaluation-file\.zip$/);
    const exported = await db.auditEvent.findMany({ where: { action: "evaluation.report_exported", entityId: evaluatedTenderId } }); // prettier-ignore
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ actorId: viewers.DRAFTER.userId, after: { format: "zip", jobId, fileName: done.fileName } }); // prettier-ignore

    const response = await download(viewers.DRAFTER, jobId);
    expect(response.status).toBe(200);
    const files = await zipText(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).map((name) => name.replace(/^.*-case-management-system-/, ""))).toEqual([
      "award-report.odt",
      "award-report.docx",
      "award-report.pdf",
      "award-report.md",
      "evaluation.json",
    ]);
    // C (Gamma) ranks first (evaluation-fixtures.ts).
    expect(Object.entries(files).find(([name]) => name.endsWith(".md"))![1]).toContain("Gamma Software (bid 3) ranks first"); // prettier-ignore
    expect(await db.auditEvent.count({ where: { action: "export.job_downloaded", entityId: evaluatedTenderId } })).toBe(1); // prettier-ignore
  }, 120_000);

  it("is for the lead and the chair only, and only once the evaluation is complete", async () => {
    const chairJob = await ask(chair, "EVALUATION_FILE", evaluatedTenderId);
    for (const viewer of [evaluator, viewers.OSPO, viewers.OTHER_DRAFTER]) {
      await expect(ask(viewer, "EVALUATION_FILE", evaluatedTenderId)).rejects.toEqual(new AppError("NOT_FOUND"));
    }
    await expect(ask(viewers.DRAFTER, "EVALUATION_FILE", sealedTenderId)).rejects.toEqual(
      new AppError("INVALID_STATE", "errors.exportJobs.evaluationNotComplete"),
    );
    await runExportJob(db, chairJob);
    expect((await download(chair, chairJob)).status).toBe(200);
    expect((await download(evaluator, chairJob)).status).toBe(404);
  }, 120_000);
});

describe("when something goes wrong", () => {
  it("a renderer failing midway leaves the job FAILED with a reference and no file", async () => {
    const jobId = await ask(viewers.ADMIN, "TENDER_DOCUMENTS", sealedTenderId);
    stubs.failPdf = true;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await runExportJob(db, jobId);
    stubs.failPdf = false;
    errors.mockRestore();
    const row = await db.exportJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(row).toMatchObject({ status: "FAILED", error: "failed", bytes: null, fileName: null, sizeBytes: null });
    // ODT and DOCX were written before the PDF failed: 2 of 8 steps, 25 %.
    expect(row.progress).toBe(25);
    expect(row.errorReference).toMatch(/^[0-9a-f-]{36}$/);
    const response = await download(viewers.ADMIN, jobId);
    expect(response.status).toBe(409);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect((await response.json()).error.message).toMatch(/^This export failed, so there is no file/);
  }, 120_000);

  it("a job that lost its author's access fails as unavailable, without a file", async () => {
    const reader = await createTestViewer(db, viewers.DRAFTER.organisation.id, ["OSPO"]);
    const jobId = await ask(reader, "TENDER_DOCUMENTS", sealedTenderId);
    await db.membership.updateMany({ where: { userId: reader.userId }, data: { roles: ["EVALUATOR"] } });
    await runExportJob(db, jobId);
    expect(await db.exportJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "FAILED", error: "unavailable", bytes: null }); // prettier-ignore
  });

  it("a job that stopped moving is shown as interrupted, and is never started after that", async () => {
    const jobId = await ask(colleague, "TENDER_DOCUMENTS", sealedTenderId);
    await db.$executeRaw`UPDATE "ExportJob" SET "updatedAt" = now() - interval '6 minutes' WHERE "id" = ${jobId}`;
    const view = await readExportJob(db, colleague, jobId, new Date());
    expect(view).toMatchObject({ status: "FAILED", error: "interrupted" });
    await runExportJob(db, jobId);
    expect(await db.exportJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "FAILED", bytes: null }); // prettier-ignore
  });

  it("refuses a fourth job in preparation for the same person", async () => {
    const busy = await createTestViewer(db, viewers.DRAFTER.organisation.id, ["DRAFTER"]);
    for (let index = 0; index < 3; index++) await ask(busy, "TENDER_DOCUMENTS", sealedTenderId);
    await expect(ask(busy, "TENDER_DOCUMENTS", sealedTenderId)).rejects.toEqual(
      new AppError("INVALID_STATE", "errors.exportJobs.tooMany"),
    );
  });

  it("deletes expired jobs with their files; an expired job is not found", async () => {
    const asked = new Date(Date.now() - 25 * 3600_000);
    const jobId = await ask(colleague, "TENDER_DOCUMENTS", sealedTenderId, asked);
    await expect(readExportJob(db, colleague, jobId, new Date())).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await deleteExpiredExportJobs(db, new Date())).toBeGreaterThanOrEqual(1);
    expect(await db.exportJob.findUnique({ where: { id: jobId } })).toBeNull();
  });
});
