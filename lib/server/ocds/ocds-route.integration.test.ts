import { afterAll, describe, expect, it, vi } from "vitest";
import type { OcdsReleasePackage } from "@/lib/domain/ocds/ocds-model";
import type { Db } from "@/lib/server/db";
import { releasePackageProblems } from "@/scripts/testing/ocds-validator";
import { connectTestDatabase } from "@/scripts/testing/test-database";

const stubs = vi.hoisted(() => ({ db: null as Db | null, viewerAsked: false }));
// A public route never asks who is signed in.
vi.mock("@/lib/server/auth/viewer", () => ({
  getViewer: async () => {
    stubs.viewerAsked = true;
    return null;
  },
}));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { GET } = await import("@/app/api/ocds/releases/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

const get = (query = "") => GET(new Request(`http://localhost/api/ocds/releases${query}`));

describe("GET /api/ocds/releases", () => {
  it("serves a valid release package to a visitor who is not signed in, with the demo data's published tenders", async () => {
    const response = await get("?pageSize=200");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const releasePackage = (await response.json()) as OcdsReleasePackage;
    expect(releasePackageProblems(releasePackage)).toEqual([]);
    expect(releasePackage.version).toBe("1.1");
    expect(releasePackage.license).toBe("https://creativecommons.org/publicdomain/zero/1.0/");
    // The placeholder prefix, until the operator sets a registered one.
    expect(releasePackage.releases[0]!.ocid).toMatch(/^ocds-tc0000-/);
    // Only published data: the seed's drafts never appear.
    const statuses = await db.tender.findMany({
      where: { id: { in: releasePackage.releases.map((release) => release.ocid.slice("ocds-tc0000-".length)) } },
      select: { status: true },
    });
    expect(new Set(statuses.map((tender) => tender.status))).not.toContain("DRAFT");
    expect(
      statuses.every((tender) => ["PUBLISHED", "EVALUATION", "AWARDED", "CANCELLED"].includes(tender.status)),
    ).toBe(true);
    expect(stubs.viewerAsked).toBe(false);
  });

  it.each([
    ["?page=0", "page: page must be a whole number from 1 to 1000000"],
    ["?page=two", "page: page must be a whole number from 1 to 1000000"],
    ["?page=1.5", "page: page must be a whole number from 1 to 1000000"],
    ["?pageSize=1000", "pageSize: pageSize must be at most 200"],
    ["?pageSize=-5", "pageSize: pageSize must be a whole number from 1 to 200"],
    ["?since=yesterday", "since: since must be a date (2026-05-01) or a date and time with its time zone"],
    ["?per_page=10", "unknown parameter per_page: the parameters are page, pageSize and since"],
  ])("refuses %s with a 400 that says what is expected", async (query, message) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.message).toContain(message);
  });

  it("answers 404 past the last page, saying which is the last", async () => {
    const response = await get("?page=1000000");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /^There is no page 1000000: the last page is \d+\.$/,
    );
  });

  it("answers 404 when nothing changed since the date", async () => {
    const response = await get("?since=2999-01-01");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "No published tender has changed since 2999-01-01T00:00:00.000Z." },
    });
  });
});
