import { randomUUID } from "node:crypto";
import { createFormatter, createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { SAMPLE_CLAUSE } from "@/lib/domain/clauses/testing/sample-clause";
import messages from "@/lib/i18n/messages/en.json";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { type RoleViewers, connectTestDatabase, createRoleViewers } from "@/scripts/testing/test-database";
import { createTender } from "./create-tender";
import { getTender } from "./get-tender";

// The save action runs for real against the clause library in PostgreSQL; only the session and
// Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { saveClausesAction } = await import("@/app/(app)/tenders/[tenderId]/clauses/actions");
const { clausesRows } = await import("@/app/(app)/tenders/[tenderId]/clauses/summary-rows");
const { getChosenClauseVersions } = await import("@/lib/server/clauses/clause-library");

const db = connectTestDatabase();
stubs.db = db;
const viewers = {} as RoleViewers;

// Two clauses of this test's own: a mandatory one in two versions (the title changed in the
// second) and an optional one. Retired, so the pages and e2e specs sharing the database never offer them.
const MANDATORY = `test-mandatory-${randomUUID().slice(0, 8)}`;
const OPTIONAL = `test-optional-${randomUUID().slice(0, 8)}`;
const titled = (clause: Clause, title: string): Clause => ({
  ...clause,
  content: { ...clause.content, en: { ...clause.content.en, title } },
});
const M1 = titled({ ...SAMPLE_CLAUSE, key: MANDATORY, version: 1, status: "MANDATORY" }, "Licence, as first written");
const M2 = titled({ ...M1, version: 2 }, "Licence, as rewritten");
const O1: Clause = { ...SAMPLE_CLAUSE, key: OPTIONAL, version: 1, status: "OPTIONAL" };

beforeAll(async () => {
  Object.assign(viewers, await createRoleViewers(db));
  for (const versions of [[M1, M2], [O1]]) {
    await db.clause.create({
      data: {
        key: versions[0]!.key,
        category: versions[0]!.category,
        status: versions.at(-1)!.status,
        currentVersion: versions.length,
        retiredAt: new Date(),
        retiredReason: "Integration test clause",
        versions: {
          create: versions.map((clause) => ({
            version: clause.version,
            definition: JSON.parse(JSON.stringify(clause)),
          })),
        },
      },
    });
  }
});

afterAll(async () => {
  await db.clauseVersion.deleteMany({ where: { clause: { key: { in: [MANDATORY, OPTIONAL] } } } });
  await db.clause.deleteMany({ where: { key: { in: [MANDATORY, OPTIONAL] } } });
  await db.$disconnect();
});

type Input = Parameters<typeof saveClausesAction>[0];
const save = (input: Input) => {
  stubs.viewer = viewers.DRAFTER;
  return saveClausesAction(input);
};
const values = { fixDays: "5" };
const mandatory = { key: MANDATORY, version: 1, values };
const optional = { key: OPTIONAL, version: 1, values };

/** A draft holding version 1 of both clauses, saved once (version 1 of the tender). */
async function tenderWithBoth() {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Records management" }));
  expect(await save({ tenderId: tender.id, version: 0, clauses: [mandatory, optional] })).toMatchObject({ ok: true });
  return tender.id;
}

describe("removing a mandatory clause", () => {
  it("is refused without a justification, and saves nothing", async () => {
    const tenderId = await tenderWithBoth();
    const result = await save({ tenderId, version: 1, clauses: [optional], removedMandatory: [] });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { _form: [`validation.mandatoryRemovalUnjustified?{"key":"${MANDATORY}"}`] },
    });
    expect(await getTender(db, viewers.DRAFTER, tenderId)).toMatchObject({ version: 1, clauseRemovals: [] });
    // An optional clause goes without a word.
    expect(await save({ tenderId, version: 1, clauses: [mandatory] })).toMatchObject({ ok: true });
  });

  it("records the justification with who and when, audits it, and keeps it until the clause is put back", async () => {
    const tenderId = await tenderWithBoth();
    const justification = "The licence is set by the framework agreement this call-off is based on.";
    const started = new Date();
    expect(
      await save({ tenderId, version: 1, clauses: [optional], removedMandatory: [{ key: MANDATORY, justification }] }),
    ).toEqual({ ok: true, data: { version: 2 } });

    const saved = await getTender(db, viewers.DRAFTER, tenderId);
    expect(saved.clauses.map((clause) => clause.key)).toEqual([OPTIONAL]);
    expect(saved.clauseRemovals).toEqual([
      {
        key: MANDATORY,
        version: 1,
        justification,
        userId: viewers.DRAFTER.userId,
        userName: viewers.DRAFTER.name,
        at: expect.any(String),
      },
    ]);
    expect(new Date(saved.clauseRemovals[0]!.at).getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
    const events = await db.auditEvent.findMany({
      where: { entityType: "Tender", entityId: tenderId, action: "tender.mandatory_clause_removed" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: viewers.DRAFTER.userId,
      after: { key: MANDATORY, version: 1, justification },
    });

    // A later save keeps the record as written, whatever the form sends again…
    await save({
      tenderId,
      version: 2,
      clauses: [optional],
      removedMandatory: [{ key: MANDATORY, justification: "Rewritten" }],
    });
    expect((await getTender(db, viewers.DRAFTER, tenderId)).clauseRemovals).toMatchObject([{ justification }]);
    // …and putting the clause back drops it.
    await save({ tenderId, version: 3, clauses: [optional, mandatory] });
    expect((await getTender(db, viewers.DRAFTER, tenderId)).clauseRemovals).toEqual([]);
  });

  it("shows on check your answers, which names each clause as the version the tender chose", async () => {
    const tenderId = await tenderWithBoth();
    await save({
      tenderId,
      version: 1,
      clauses: [optional],
      removedMandatory: [{ key: MANDATORY, justification: "Set by the framework agreement." }],
    });
    const tender = await getTender(db, viewers.DRAFTER, tenderId);
    const f = {
      t: createTranslator({ locale: "en", messages, namespace: "tenders" }),
      format: createFormatter({ locale: "en", timeZone: "Europe/Brussels" }),
      locale: "en" as const,
      clauseVersions: await getChosenClauseVersions(db, [...tender.clauses, { ...mandatory, values: {} }]),
    };
    const rows = clausesRows(tender, f as unknown as Parameters<typeof clausesRows>[1]);
    // The library's current version of the mandatory clause is 2 ("as rewritten"); the tender held 1.
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      [O1.content.en.title, "Version 1"],
      [
        "Mandatory clause removed: Licence, as first written",
        `Set by the framework agreement. (removed by ${viewers.DRAFTER.name} on ${f.format.dateTime(
          new Date(tender.clauseRemovals[0]!.at),
          { dateStyle: "long" },
        )})`,
      ],
    ]);
  });
});
