import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { expectOneSectionSaved, SECTION_SAVERS } from "@/scripts/testing/section-saves";
import { createTender } from "./create-tender";
import { getTender } from "./get-tender";

// The server action runs for real; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { saveLotsAction } = await import("@/app/(app)/tenders/[tenderId]/lots/actions");

// A central government authority: its services threshold is EUR 140,000.
const { db, viewers, runAs } = actionTestSession(stubs);

/** A draft for services worth EUR 1,800,000 (above the threshold) unless told otherwise. */
async function draft(estimatedValueCents = 180_000_000n) {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Collaboration suite" }));
  await db.tender.update({ where: { id: tender.id }, data: { contractNature: "SERVICES", estimatedValueCents } });
  return tender;
}

const twoLots = (tenderId: string, version = 0) => ({
  tenderId,
  version,
  divided: "DIVIDED" as const,
  lots: [
    {
      key: "LOT-1",
      title: "Suite and hosting",
      description: "Mail and files",
      cpv: "48000000",
      estimatedValue: "1,500,000",
    },
    { key: "LOT-3", title: "Migration and training", cpv: "", estimatedValue: "300 000" },
  ],
});

const saveAs = runAs(saveLotsAction);

describe("saving the lots", () => {
  it.each(SECTION_SAVERS)("as %s: %s", async (role, outcome) => {
    const tender = await draft();
    const result = await saveAs(viewers[role], twoLots(tender.id));
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    if (outcome === "ok") {
      expect(result).toEqual({ ok: true, data: { version: 1 } });
      expect(saved.lots).toEqual([
        {
          key: "LOT-1",
          title: "Suite and hosting",
          description: "Mail and files",
          cpv: "48000000",
          estimatedValueCents: 150_000_000,
        },
        { key: "LOT-3", title: "Migration and training", description: "", cpv: null, estimatedValueCents: 30_000_000 },
      ]);
    } else {
      expect(result).toMatchObject({ ok: false, code: outcome });
      expect(saved).toMatchObject({ version: 0, lots: [] });
    }
  });

  it("records the change in the audit trail, with the lots before and after", async () => {
    const tender = await draft();
    await saveAs(viewers.DRAFTER, twoLots(tender.id));
    await expectOneSectionSaved(db, tender.id, viewers.DRAFTER, {
      before: { section: "lots", lots: [] },
      after: { section: "lots", version: 1, lots: [{ key: "LOT-1" }, { key: "LOT-3" }] },
    });
  });

  it("refuses a CPV code that is not in the list, next to its field, and saves nothing", async () => {
    const tender = await draft();
    const input = twoLots(tender.id);
    input.lots[1]!.cpv = "99999999";
    expect(await saveAs(viewers.DRAFTER, input)).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: "cpv.unknownCode",
      fieldErrors: { "lots.1.cpv": ["cpv.unknownCode"] },
    });
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ version: 0, lots: [] });
    expect(await db.auditEvent.count({ where: { entityType: "Tender", entityId: tender.id } })).toBe(0);
  });

  it("refuses a single lot, and lots without a title or value", async () => {
    const tender = await draft();
    const input = { ...twoLots(tender.id), lots: [{ key: "LOT-1", title: " ", estimatedValue: "0" }] };
    expect(await saveAs(viewers.DRAFTER, input)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "lots.0.title": ["validation.lots.titleRequired"],
        "lots.0.estimatedValue": ["validation.lots.valueNotPositive"],
        lotCount: ["validation.lots.tooFew"],
      },
    });
  });

  it("requires the reasons for not dividing above the EU threshold, and only advises them below", async () => {
    const above = await draft();
    const notDivided = (tenderId: string, reasonsForNotDividing: string) => ({
      tenderId,
      version: 0,
      divided: "NOT_DIVIDED" as const,
      reasonsForNotDividing,
    });
    expect(await saveAs(viewers.DRAFTER, notDivided(above.id, "  "))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reasonsForNotDividing: ["validation.lots.reasonsRequired"] },
    });
    // EUR 50,000 of services is below the EUR 140,000 threshold.
    const below = await draft(5_000_000n);
    expect(await saveAs(viewers.DRAFTER, notDivided(below.id, ""))).toEqual({ ok: true, data: { version: 1 } });
  });

  it("keeps one answer: the lots clear the reasons, and the reasons clear the lots", async () => {
    const tender = await draft();
    await db.tender.update({ where: { id: tender.id }, data: { reasonsForNotDividing: "One integrated service." } });
    await saveAs(viewers.DRAFTER, twoLots(tender.id));
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ reasonsForNotDividing: "" });
    expect(
      await saveAs(viewers.DRAFTER, {
        tenderId: tender.id,
        version: 1,
        divided: "NOT_DIVIDED",
        reasonsForNotDividing: " One integrated service. ",
      }),
    ).toEqual({ ok: true, data: { version: 2 } });
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({
      lots: [],
      reasonsForNotDividing: "One integrated service.",
    });
  });

  it("never overwrites a newer version: a save from an old one gets a conflict and changes nothing", async () => {
    const tender = await draft();
    expect(await saveAs(viewers.DRAFTER, twoLots(tender.id, 0))).toMatchObject({ ok: true });
    const stale = { tenderId: tender.id, version: 0, divided: "NOT_DIVIDED" as const, reasonsForNotDividing: "Late" };
    expect(await saveAs(viewers.ADMIN, stale)).toEqual({
      ok: false,
      code: "CONFLICT",
      formError: "errors.tenderChangedMeanwhile",
      fieldErrors: {},
    });
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    expect(saved).toMatchObject({ version: 1, reasonsForNotDividing: "" });
    expect(saved.lots.map((lot) => lot.key)).toEqual(["LOT-1", "LOT-3"]);
  });
});
