import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { carryOverParameterValues } from "@/lib/domain/clauses/clause-updates";
import { SAMPLE_CLAUSE } from "@/lib/domain/clauses/testing/sample-clause";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import { expectOneSectionSaved, SECTION_SAVERS } from "@/scripts/testing/section-saves";
import { createTender } from "./create-tender";
import { getTender } from "./get-tender";

// The server action runs for real against the clause library in PostgreSQL; only the session and
// Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { saveClausesAction } = await import("@/app/(app)/tenders/[tenderId]/clauses/actions");

const { db, viewers, runAs } = actionTestSession(stubs);

// A clause of this test's own, with two versions: the second requires a warranty of 12 months or more.
const KEY = `test-clause-${randomUUID().slice(0, 8)}`;
const V1: Clause = { ...SAMPLE_CLAUSE, key: KEY, version: 1 };
const V2: Clause = {
  ...V1,
  version: 2,
  parameters: V1.parameters.map((parameter) =>
    parameter.kind === "MONTHS" && parameter.name === "warranty" ? { ...parameter, min: 12, default: 24 } : parameter,
  ),
};

beforeAll(async () => {
  await db.clause.create({
    data: {
      key: KEY,
      category: V1.category,
      status: V1.status,
      currentVersion: 2,
      // Retired, so the pages and the e2e specs sharing this database never offer it.
      retiredAt: new Date(),
      retiredReason: "Integration test clause",
      versions: {
        create: [
          { version: 1, definition: JSON.parse(JSON.stringify(V1)) },
          { version: 2, definition: JSON.parse(JSON.stringify(V2)) },
        ],
      },
    },
  });
});

// Runs before the session's own afterAll disconnects (after hooks run last registered first).
afterAll(async () => {
  await db.clauseVersion.deleteMany({ where: { clause: { key: KEY } } });
  await db.clause.deleteMany({ where: { key: KEY } });
});

const draft = () => db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Document management" }));

const saveAs = runAs(saveClausesAction);
const chosen = (values: Record<string, string | string[]>, version = 1) => ({ key: KEY, version, values });

describe("saving the chosen clauses", () => {
  it.each(SECTION_SAVERS)("as %s: %s", async (role, outcome) => {
    const tender = await draft();
    const input = {
      tenderId: tender.id,
      version: 0,
      clauses: [
        chosen({ fixDays: " 10 ", availability: "99,9", portal: "", formats: ["ODF-1.3"] }),
        { key: "deliverables-licence", version: 1, values: { softwareLicence: "EUPL-1.2" } },
      ],
    };
    const result = await saveAs(viewers[role], input);
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    if (outcome === "ok") {
      expect(result).toEqual({ ok: true, data: { version: 1 } });
      // In the drafter's order; numbers stored as numbers, blanks left out so the default applies.
      expect(saved.clauses).toEqual([
        { key: KEY, version: 1, values: { fixDays: 10, availability: 99.9, formats: ["ODF-1.3"] } },
        { key: "deliverables-licence", version: 1, values: { softwareLicence: "EUPL-1.2" } },
      ]);
    } else {
      expect(result).toMatchObject({ ok: false, code: outcome });
      expect(saved).toMatchObject({ version: 0, clauses: [] });
    }
  });

  it("refuses an invalid parameter value next to its field, and saves nothing", async () => {
    const tender = await draft();
    const result = await saveAs(viewers.DRAFTER, {
      tenderId: tender.id,
      version: 0,
      clauses: [{ key: "deliverables-licence", version: 1, values: {} }, chosen({ fixDays: "5", licence: "EUPL 1.2" })],
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "clauses.1.values.licence": [
          'problems.clauses.licenceUnknownWithSuggestion?{"parameter":"licence","value":"EUPL 1.2","suggestion":"EUPL-1.2"}',
        ],
      },
    });
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ version: 0, clauses: [] });
  });

  it("refuses a clause or a version the library does not have", async () => {
    const tender = await draft();
    for (const clause of [
      { key: "no-such-clause", version: 1, values: {} },
      { key: KEY, version: 3, values: { fixDays: "5" } },
    ]) {
      const result = await saveAs(viewers.DRAFTER, { tenderId: tender.id, version: 0, clauses: [clause] });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(["clauses.0.key"]);
    }
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ version: 0, clauses: [] });
  });

  it("records the change in the audit trail", async () => {
    const tender = await draft();
    await saveAs(viewers.DRAFTER, { tenderId: tender.id, version: 0, clauses: [chosen({ fixDays: "5" })] });
    await expectOneSectionSaved(db, tender.id, viewers.DRAFTER, {
      before: { section: "clauses", clauses: [] },
      after: { section: "clauses", version: 1, clauses: [{ key: KEY, version: 1, values: { fixDays: 5 } }] },
    });
  });

  it("does not overwrite a newer save (optimistic lock)", async () => {
    const tender = await draft();
    expect(
      await saveAs(viewers.DRAFTER, { tenderId: tender.id, version: 0, clauses: [chosen({ fixDays: "5" })] }),
    ).toMatchObject({ ok: true });
    const stale = { tenderId: tender.id, version: 0, clauses: [chosen({ fixDays: "9" })] };
    expect(await saveAs(viewers.ADMIN, stale)).toMatchObject({ ok: false, code: "CONFLICT" });
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    expect(saved.version).toBe(1);
    expect(saved.clauses).toEqual([{ key: KEY, version: 1, values: { fixDays: 5 } }]);
  });

  it("keeps the chosen version until the update is accepted, then stores the newer one with the values carried over", async () => {
    const tender = await draft();
    await saveAs(viewers.DRAFTER, {
      tenderId: tender.id,
      version: 0,
      clauses: [chosen({ fixDays: "5", warranty: "6" })],
    });
    // The library moved to version 2; the tender still holds version 1 with its values.
    expect((await getTender(db, viewers.DRAFTER, tender.id)).clauses).toEqual([
      { key: KEY, version: 1, values: { fixDays: 5, warranty: 6 } },
    ]);
    // Accepting: 6 months is below the new minimum of 12, so it is dropped and the default applies.
    const carried = carryOverParameterValues(V2, { fixDays: 5, warranty: 6 });
    expect(carried).toEqual({ values: { fixDays: 5 }, dropped: ["warranty"] });
    const values = Object.fromEntries(Object.entries(carried.values).map(([name, value]) => [name, String(value)]));
    expect(await saveAs(viewers.DRAFTER, { tenderId: tender.id, version: 1, clauses: [chosen(values, 2)] })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).clauses).toEqual([
      { key: KEY, version: 2, values: { fixDays: 5 } },
    ]);
  });
});
