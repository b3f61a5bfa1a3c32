import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createPublishedTender } from "@/scripts/testing/bid-fixtures";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";

/**
 * A renderer that fails midway (after writing part of its file, as a full disk or a bug in a
 * table would) must leave nothing behind: the route answers a JSON error that says what failed,
 * never a half file.
 */
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null, written: [] as string[] }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
vi.mock("@/lib/domain/documents/renderers", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/domain/documents/renderers")>();
  return {
    DOCUMENT_RENDERERS: {
      ...original.DOCUMENT_RENDERERS,
      odt: async () => {
        stubs.written.push("<office:document-content>");
        throw new Error("ENOSPC: no space left while writing content.xml");
      },
    },
  };
});
vi.mock("@/lib/domain/documents/spreadsheet-formats", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/domain/documents/spreadsheet-formats")>();
  return {
    ...original,
    SPREADSHEET_RENDERERS: {
      ...original.SPREADSHEET_RENDERERS,
      xlsx: async () => {
        throw new RangeError("Invalid array length");
      },
    },
  };
});
const tenderRoute = await import("@/app/api/exports/tender/[tenderId]/route");
const scheduleRoute = await import("@/app/api/exports/price-schedule/[tenderId]/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

let drafter: Viewer;
let tenderId: string;

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  drafter = await createTestViewer(db, organisation.id, ["DRAFTER"]);
  tenderId = (await createPublishedTender(db, organisation.id)).id;
});

function call(route: typeof tenderRoute, format: string) {
  stubs.viewer = drafter;
  const request = new Request(`http://localhost/api/exports/x/${tenderId}?format=${format}`);
  return route.GET(request, { params: Promise.resolve({ tenderId }) });
}

describe("an export that fails midway", () => {
  it("answers a clear JSON error with a reference, and no file", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await call(tenderRoute, "odt");
    expect(stubs.written).toHaveLength(1);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBeNull();
    const body = await response.json();
    expect(body).toEqual({
      error: {
        code: "INTERNAL",
        message: expect.stringMatching(
          /^The ODT file could not be written, so nothing was sent\. Try again; if it fails again, give your administrator the reference [0-9a-f-]{36}\.$/,
        ),
      },
    });
    // The reference in the answer is the one logged with the cause, for the administrator.
    const reference = (body.error.message as string).match(/[0-9a-f-]{36}/)![0];
    expect(String(errors.mock.calls[0]![0])).toContain(reference);
    expect(errors.mock.calls[0]![1]).toBeInstanceOf(Error);
    errors.mockRestore();
  });

  it("does the same for the price schedule, while the other formats still work", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await call(scheduleRoute, "xlsx");
    expect(failed.status).toBe(500);
    expect(failed.headers.get("content-disposition")).toBeNull();
    expect((await failed.json()).error.message).toMatch(/^The XLSX file could not be written, so nothing was sent\./);
    errors.mockRestore();
    expect((await call(scheduleRoute, "ods")).status).toBe(200);
    expect((await call(tenderRoute, "md")).status).toBe(200);
  });
});
