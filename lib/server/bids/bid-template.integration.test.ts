import { describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS } from "@/lib/domain/bids/import/csv-format";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { createPublishedTender } from "@/scripts/testing/bid-fixtures";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { GET } = await import("@/app/api/bid-template/route");

const { db, viewers } = actionTestSession(stubs);

const get = (viewer: Viewer, tenderId: string, format: string) => {
  stubs.viewer = viewer;
  return GET(new Request(`http://localhost/api/bid-template?tenderId=${tenderId}&format=${format}`));
};

describe("GET /api/bid-template", () => {
  it("gives the CSV header and a JSON skeleton with the tender's cost years", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    const csv = await get(viewers.DRAFTER, tender.id, "csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Content-Disposition")).toBe(`attachment; filename="${tender.reference}-bids.csv"`);
    expect(await csv.text()).toBe(`${CSV_COLUMNS.join(",")}\r\n`);

    const json = await get(viewers.ADMIN, tender.id, "json");
    const skeleton = (await json.json()) as {
      tender: { tcoHorizonYears: number; discountRatePercent: number };
      bids: { content: { costLines: { year: number }[] } }[];
    };
    // The fixture's award settings: 3 % over 4 years; years 0–4 and the exit period, year 5.
    expect(skeleton.tender).toMatchObject({ tcoHorizonYears: 4, discountRatePercent: 3 });
    expect(skeleton.bids[0]!.content.costLines.map((line) => line.year)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("is refused to those who do not register bids, and to another organisation", async () => {
    const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
    expect((await get(viewers.EVALUATOR, tender.id, "csv")).status).toBe(403);
    expect((await get(viewers.OSPO, tender.id, "csv")).status).toBe(403);
    expect((await get(viewers.OTHER_DRAFTER, tender.id, "csv")).status).toBe(404);
    expect((await get(viewers.DRAFTER, tender.id, "xml")).status).toBe(400);
  });
});
