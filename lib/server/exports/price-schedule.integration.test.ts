import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS } from "@/lib/domain/bids/import/csv-format";
import { unzipText } from "@/lib/domain/documents/testing/unzip";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createPublishedTender, insertSealedBid, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { connectTestDatabase, createRoleViewers, type RoleViewers } from "@/scripts/testing/test-database";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const route = await import("@/app/api/exports/price-schedule/[tenderId]/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

function call(viewer: Viewer | null, tenderId: string, format: string) {
  stubs.viewer = viewer;
  const request = new Request(`http://localhost/api/exports/price-schedule/${tenderId}?format=${format}`);
  return route.GET(request, { params: Promise.resolve({ tenderId }) });
}

const SEALED_BIDDER = "Sealed Prices Consulting";
let viewers: RoleViewers;
let tenderId: string;

beforeAll(async () => {
  viewers = await createRoleViewers(db);
  const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id, {
    lots: [
      { key: "LOT-1", title: "Hosting", description: "", cpv: null, estimatedValueCents: 10_000_000 },
      { key: "LOT-2", title: "Maintenance", description: "", cpv: null, estimatedValueCents: 10_000_000 },
    ],
  });
  await insertSealedBid(db, tender.id, {
    content: sampleBidContent({ bidder: { ...sampleBidContent().bidder, name: SEALED_BIDDER } }),
  });
  tenderId = tender.id;
}, 60_000);

describe("GET /api/exports/price-schedule/{id}", () => {
  it("gives a drafter the ODS schedule: the import's columns, a row per lot, category and year", async () => {
    const response = await call(viewers.DRAFTER, tenderId, "ods");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.oasis.opendocument.spreadsheet");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="BID-[0-9A-F]{8}-case-management-system-price-schedule\.ods"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    const content = unzipText(bytes)["content.xml"]!;
    for (const column of CSV_COLUMNS) expect(content).toContain(`<text:p>${column}</text:p>`);
    // The tender's horizon is 4 years (bid-fixtures.ts): years 0 to 5 with the exit year, so
    // 2 lots × 11 bidder categories × 6 years = 132 price lines below the header.
    const priceSheet = content.slice(0, content.indexOf("</table:table>"));
    expect(priceSheet.match(/<table:table-row>/g)).toHaveLength(132 + 1);
    expect(content).toContain("<text:p>LOT-2</text:p>");
    expect(content).toContain("Maintenance");
    expect(content).not.toContain(SEALED_BIDDER);
  });

  it("gives the same schedule as XLSX to the OSPO, and names the authority in its properties", async () => {
    const response = await call(viewers.OSPO, tenderId, "xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/-price-schedule\.xlsx"$/);
    const files = unzipText(new Uint8Array(await response.arrayBuffer()));
    expect(files["docProps/core.xml"]).toContain(viewers.DRAFTER.organisation.name);
    expect(Object.values(files).join("")).not.toContain(SEALED_BIDDER);
  });

  it("is not found for another organisation, a role that cannot open tenders and an unknown id", async () => {
    for (const viewer of [viewers.OTHER_DRAFTER, viewers.EVALUATOR]) {
      const response = await call(viewer, tenderId, "ods");
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
    }
    expect((await call(viewers.DRAFTER, "no-such-tender", "ods")).status).toBe(404);
    expect((await call(null, tenderId, "ods")).status).toBe(401);
  });

  it("refuses an unknown format with a clear message", async () => {
    const response = await call(viewers.DRAFTER, tenderId, "pdf");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "VALIDATION", message: 'Unknown format "pdf": use one of ods, xlsx.' },
    });
  });
});
