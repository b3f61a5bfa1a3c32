import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tenderExportSchema } from "@/lib/schemas/tender-export";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createExportScene } from "@/scripts/testing/export-fixtures";
import { connectTestDatabase, type RoleViewers } from "@/scripts/testing/test-database";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const tenderRoute = await import("@/app/api/exports/tender/[tenderId]/route");
const reportRoute = await import("@/app/api/exports/award-report/[tenderId]/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

function call(route: typeof tenderRoute, viewer: Viewer | null, tenderId: string, format: string) {
  stubs.viewer = viewer;
  const request = new Request(`http://localhost/api/exports/x/${tenderId}?format=${encodeURIComponent(format)}`);
  return route.GET(request, { params: Promise.resolve({ tenderId }) });
}

const SEALED_BIDDER = "Sealed Secrets Consulting";
let viewers: RoleViewers;
let chair: Viewer;
let evaluator: Viewer;
let sealedTenderId: string;
let evaluatedTenderId: string;

beforeAll(async () => {
  ({ viewers, chair, evaluator, sealedTenderId, evaluatedTenderId } = await createExportScene(db, SEALED_BIDDER));
}, 60_000);

describe("GET /api/exports/tender/{id}", () => {
  it("gives a drafter the tender documents in Markdown, named after the reference and the title", async () => {
    const response = await call(tenderRoute, viewers.DRAFTER, sealedTenderId, "md");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="BID-[0-9A-F]{8}-case-management-system\.md"$/); // prettier-ignore
    const text = await response.text();
    expect(text.startsWith(`${viewers.DRAFTER.organisation.name}\n\n# Case management system\n`)).toBe(true);
    expect(text).toContain("## 1 About the contract");
  });

  it("gives the documented JSON, which its schema accepts", async () => {
    const response = await call(tenderRoute, viewers.ADMIN, sealedTenderId, "json");
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(tenderExportSchema.safeParse(json).success).toBe(true);
    expect(json.$schema).toMatch(/\/schemas\/tender-export\.v1\.json$/);
    expect(json.authority.name).toBe(viewers.DRAFTER.organisation.name);
  });

  it("never holds anything of a bid, sealed or not", async () => {
    for (const format of ["md", "json"]) {
      const text = await (await call(tenderRoute, viewers.DRAFTER, sealedTenderId, format)).text();
      expect(text).not.toContain(SEALED_BIDDER);
      expect(text).not.toContain("Ana Lopes");
    }
  });

  it("is not found for another organisation, for a role that cannot open tenders, and for an unknown id", async () => {
    for (const viewer of [viewers.OTHER_DRAFTER, viewers.EVALUATOR]) {
      const response = await call(tenderRoute, viewer, sealedTenderId, "md");
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
    }
    expect((await call(tenderRoute, viewers.DRAFTER, "no-such-tender", "md")).status).toBe(404);
    expect((await call(tenderRoute, viewers.OSPO, sealedTenderId, "md")).status).toBe(200);
    expect((await call(tenderRoute, null, sealedTenderId, "md")).status).toBe(401);
  });

  it("refuses an unknown format with a clear message", async () => {
    const unknown = await call(tenderRoute, viewers.DRAFTER, sealedTenderId, "exe");
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      error: {
        code: "VALIDATION",
        message: expect.stringMatching(/^Unknown format "exe": use one of odt, docx, pdf, md, json\.$/),
      },
    });
    const missing = await call(tenderRoute, viewers.DRAFTER, sealedTenderId, "");
    expect(missing.status).toBe(400);
  });
});

describe("GET /api/exports/award-report/{id}", () => {
  it("gives the procurement lead the report with the scores, and records the export", async () => {
    const response = await call(reportRoute, viewers.DRAFTER, evaluatedTenderId, "md");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/-case-management-system-award-report\.md"$/);
    const text = await response.text();
    expect(text).toContain("# Award recommendation report");
    // C (Gamma) ranks first with 85.60 points (evaluation-fixtures.ts).
    expect(text).toContain("Gamma Software (bid 3) ranks first");
    expect(text).toContain("Evaluator 1 on fit for bid 1.");
    const events = await db.auditEvent.findMany({
      where: { action: "evaluation.report_exported", entityId: evaluatedTenderId },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: viewers.DRAFTER.userId, after: { format: "md" } });
  });

  it("is for the lead and the chair only: not found for an evaluator, the OSPO or another organisation", async () => {
    expect((await call(reportRoute, chair, evaluatedTenderId, "json")).status).toBe(200);
    for (const viewer of [evaluator, viewers.OSPO, viewers.OTHER_DRAFTER]) {
      expect((await call(reportRoute, viewer, evaluatedTenderId, "md")).status).toBe(404);
    }
  });

  it("does not exist while the bids are sealed, and says why", async () => {
    const response = await call(reportRoute, viewers.DRAFTER, sealedTenderId, "md");
    expect(response.status).toBe(409);
    const body = await response.text();
    expect(body).toContain("INVALID_STATE");
    expect(body).not.toContain(SEALED_BIDDER);
    expect(await db.auditEvent.count({ where: { action: "evaluation.report_exported", entityId: sealedTenderId } })).toBe(0); // prettier-ignore
  });
});
