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
const { saveRequirementsAction } = await import("@/app/(app)/tenders/[tenderId]/requirements/actions");

const { db, viewers, runAs } = actionTestSession(stubs);

/** A draft whose award criteria are cost and quality, with usability under quality. */
async function draft() {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Booking service" }));
  const award = {
    criteria: [
      { key: "cost", name: "Total cost", kind: "COST", weight: 40, costFormula: "F2" },
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 60,
        children: [{ key: "usability", name: "Usability", kind: "QUALITY", weight: 100 }],
      },
    ],
  };
  await db.tender.update({ where: { id: tender.id }, data: { award } });
  return tender;
}

const requirement = (key: string, criterionKey = "", level: "MUST" | "SHOULD" | "MAY" = "MUST") => ({
  key,
  text: `Text of ${key.trim()}`,
  level,
  criterionKey,
});
const saveAs = runAs(saveRequirementsAction);

describe("saving the requirements", () => {
  it.each(SECTION_SAVERS)("as %s: %s", async (role, outcome) => {
    const tender = await draft();
    const input = {
      tenderId: tender.id,
      version: 0,
      requirements: [requirement(" REQ-02 ", "usability"), requirement("SEC.1", "", "MAY")],
    };
    const result = await saveAs(viewers[role], input);
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    if (outcome === "ok") {
      expect(result).toEqual({ ok: true, data: { version: 1 } });
      // In the drafter's order, trimmed, with "" read as no criterion.
      expect(saved.requirements).toEqual([
        { key: "REQ-02", text: "Text of REQ-02", level: "MUST", criterionKey: "usability" },
        { key: "SEC.1", text: "Text of SEC.1", level: "MAY", criterionKey: null },
      ]);
    } else {
      expect(result).toMatchObject({ ok: false, code: outcome });
      expect(saved).toMatchObject({ version: 0, requirements: [] });
    }
  });

  it("records the change in the audit trail", async () => {
    const tender = await draft();
    await saveAs(viewers.DRAFTER, { tenderId: tender.id, version: 0, requirements: [requirement("REQ-01")] });
    await expectOneSectionSaved(db, tender.id, viewers.DRAFTER, {
      before: { section: "requirements", requirements: [] },
      after: { section: "requirements", version: 1, requirements: [{ key: "REQ-01", level: "MUST" }] },
    });
  });

  it("refuses identifiers used twice (whatever their case) and invalid fields, and saves nothing", async () => {
    const tender = await draft();
    const input = {
      tenderId: tender.id,
      version: 0,
      requirements: [
        requirement("REQ-01"),
        requirement("req-01"),
        { ...requirement("REQ 3"), text: " " },
        { ...requirement("REQ-04"), level: "SHALL" as "MUST" },
      ],
    };
    expect(await saveAs(viewers.DRAFTER, input)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "requirements.1.key": ['validation.requirements.keyDuplicate?{"key":"req-01"}'],
        "requirements.2.key": ["validation.requirements.keyInvalid"],
        "requirements.2.text": ["validation.requirements.textRequired"],
        "requirements.3.level": ["validation.requirements.levelRequired"],
      },
    });
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ version: 0, requirements: [] });
    expect(await db.auditEvent.count({ where: { entityType: "Tender", entityId: tender.id } })).toBe(0);
  });

  it("refuses a link to a criterion the tender no longer has, next to the field", async () => {
    const tender = await draft();
    const input = {
      tenderId: tender.id,
      version: 0,
      requirements: [requirement("REQ-01"), requirement("REQ-02", "price")],
    };
    const message = 'validation.requirements.criterionUnknown?{"key":"REQ-02","criterion":"price"}';
    expect(await saveAs(viewers.DRAFTER, input)).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: message,
      fieldErrors: { "requirements.1.criterionKey": [message] },
    });
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ version: 0, requirements: [] });
  });

  it("never overwrites a newer version: a save from an old one gets a conflict and changes nothing", async () => {
    const tender = await draft();
    const first = { tenderId: tender.id, version: 0, requirements: [requirement("REQ-01")] };
    expect(await saveAs(viewers.DRAFTER, first)).toMatchObject({ ok: true });
    const stale = { tenderId: tender.id, version: 0, requirements: [requirement("REQ-09")] };
    expect(await saveAs(viewers.ADMIN, stale)).toMatchObject({ ok: false, code: "CONFLICT" });
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    expect(saved.version).toBe(1);
    expect(saved.requirements.map((item) => item.key)).toEqual(["REQ-01"]);
  });
});
