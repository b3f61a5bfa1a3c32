import { describe, expect, it, vi } from "vitest";
import { CONTENT_FIELDS } from "@/lib/domain/tender/revisions/section-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createTender } from "./create-tender";
import { getTender } from "./get-tender";
import { getTenderRevision } from "./get-tender-revision";
import { listTenderRevisions, REVISIONS_PAGE_SIZE } from "./list-tender-revisions";
import { restoreTenderRevision } from "./restore-tender-revision";
import { saveTenderSection } from "./save-tender-section";
import type { TenderDto } from "./tender-dto";
import { actionTestSession } from "@/scripts/testing/action-session";

// The restore action runs for real (validation, permission, transaction, audit event); only the
// session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { restoreRevisionAction } = await import("@/app/(app)/tenders/[tenderId]/history/actions");

const { db, viewers, runAs } = actionTestSession(stubs);

const create = (title = "Collaboration suite") => db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title }));

const save = (tenderId: string, version: number, section: string, data: Prisma.TenderUpdateInput) =>
  db.$transaction((tx) => saveTenderSection(tx, viewers.DRAFTER, { tenderId, version, section, data }));

const contentOf = (tender: TenderDto) => Object.fromEntries(CONTENT_FIELDS.map((field) => [field, tender[field]]));

const restore = runAs(restoreRevisionAction);

/**
 * A draft with three revisions: 0 created, 1 the first description (with a sovereignty profile
 * still empty), 2 a second description, lots, a sovereignty profile and a deadline.
 */
async function draftWithTwoSaves() {
  const tender = await create();
  await save(tender.id, 0, "about", { summary: "First summary", contractNature: "SERVICES" });
  await save(tender.id, 1, "about", {
    summary: "Second summary",
    contractNature: "SUPPLIES",
    lots: [{ key: "LOT-1", title: "Hosting", description: "", cpv: null, estimatedValueCents: 100_000 }],
    sovereignty: { assessment: null, minimumSeal: {}, weights: {} },
    tenderDeadline: new Date("2026-09-01T00:00:00Z"),
    estimatedValueCents: BigInt(250_000_00),
  });
  return tender;
}

describe("a tender's history", () => {
  it("lists the revisions newest first, with what was saved and who saved it", async () => {
    const tender = await draftWithTwoSaves();
    const { items, total, pageCount } = await listTenderRevisions(db, viewers.OSPO, tender.id, { page: 1 });
    expect(items.map(({ version, label, status }) => [version, label, status])).toEqual([
      [2, "about", "DRAFT"],
      [1, "about", "DRAFT"],
      [0, "created", "DRAFT"],
    ]);
    expect(items.every((item) => item.authorName === viewers.DRAFTER.name)).toBe(true);
    expect([total, pageCount]).toEqual([3, 1]);
  });

  it("shows the history to drafters, OSPO and administrators of the organisation, and to nobody else", async () => {
    const tender = await create();
    for (const role of ["DRAFTER", "OSPO", "ADMIN"] as const) {
      expect((await listTenderRevisions(db, viewers[role], tender.id, { page: 1 })).total).toBe(1);
      await expect(getTenderRevision(db, viewers[role], tender.id, 0)).resolves.toMatchObject({ version: 0 });
    }
    for (const viewer of [viewers.EVALUATOR, viewers.OTHER_DRAFTER]) {
      expect(await listTenderRevisions(db, viewer, tender.id, { page: 1 })).toMatchObject({ items: [], total: 0 });
      await expect(getTenderRevision(db, viewer, tender.id, 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("pages through a long history, and lists what was saved between two versions", async () => {
    const tender = await create();
    const saves = REVISIONS_PAGE_SIZE + 2;
    for (let version = 0; version < saves; version++) {
      await save(tender.id, version, "about", { summary: `Summary ${version + 1}` });
    }
    const first = await listTenderRevisions(db, viewers.DRAFTER, tender.id, { page: 1 });
    const second = await listTenderRevisions(db, viewers.DRAFTER, tender.id, { page: 2 });
    expect([first.total, first.pageCount, first.items.length]).toEqual([saves + 1, 2, REVISIONS_PAGE_SIZE]);
    expect(first.items[0]?.version).toBe(saves);
    expect(second.items.map((item) => item.version)).toEqual([2, 1, 0]);
    const between = await listTenderRevisions(db, viewers.DRAFTER, tender.id, { between: { after: 3, upTo: 6 } });
    expect(between.items.map((item) => item.version)).toEqual([6, 5, 4]);
  });

  it("gives back each revision as the tender was then", async () => {
    const tender = await draftWithTwoSaves();
    const current = await getTender(db, viewers.DRAFTER, tender.id);
    const latest = await getTenderRevision(db, viewers.DRAFTER, tender.id, 2);
    expect({ ...latest.tender, updatedAt: null }).toEqual({ ...current, updatedAt: null });
    const first = await getTenderRevision(db, viewers.DRAFTER, tender.id, 1);
    expect(first.tender).toMatchObject({
      version: 1,
      summary: "First summary",
      contractNature: "SERVICES",
      lots: [],
      sovereignty: null,
      tenderDeadline: null,
      estimatedValueCents: null,
    });
  });

  it("reads a snapshot stored before a section existed as that section empty", async () => {
    const tender = await create();
    await db.tenderRevision.create({
      data: { tenderId: tender.id, version: 50, section: "about", snapshot: { title: "Old shape", status: "DRAFT" } },
    });
    const old = await getTenderRevision(db, viewers.DRAFTER, tender.id, 50);
    expect(old.tender).toMatchObject({ id: tender.id, title: "Old shape", lots: [], requirements: [], award: null });
    expect(old.authorName).toBeNull();
  });
});

describe("restoring a revision", () => {
  it("brings back the older content, records it as a revision and in the audit trail", async () => {
    const tender = await draftWithTwoSaves();
    const old = await getTenderRevision(db, viewers.DRAFTER, tender.id, 1);

    const result = await restore(viewers.DRAFTER, { tenderId: tender.id, revision: 1, version: 2 });
    expect(result).toEqual({ ok: true, data: { version: 3 } });

    const restored = await getTender(db, viewers.DRAFTER, tender.id);
    expect(contentOf(restored)).toEqual(contentOf(old.tender));
    expect(restored).toMatchObject({ id: tender.id, status: "DRAFT", version: 3, summary: "First summary" });
    // The JSON sections and columns the first version did not have are empty again.
    expect(restored).toMatchObject({ lots: [], sovereignty: null, tenderDeadline: null, estimatedValueCents: null });

    const latest = await getTenderRevision(db, viewers.DRAFTER, tender.id, 3);
    expect(latest).toMatchObject({ label: "restored:1", authorName: viewers.DRAFTER.name });
    // What was there before the restore is still in the history, so it can be restored back.
    expect((await getTenderRevision(db, viewers.DRAFTER, tender.id, 2)).tender.summary).toBe("Second summary");

    const events = await db.auditEvent.findMany({ where: { entityId: tender.id, action: "tender.revision_restored" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: viewers.DRAFTER.userId,
      organisationId: viewers.DRAFTER.organisation.id,
      before: { version: 2, summary: "Second summary", contractNature: "SUPPLIES", sovereignty: expect.any(Object) },
      after: { version: 3, restoredFrom: 1, summary: "First summary", contractNature: "SERVICES", sovereignty: null },
    });
    expect(events[0]?.before).not.toHaveProperty("title");

    // And back again: restoring the version the restore replaced.
    expect(await restore(viewers.ADMIN, { tenderId: tender.id, revision: 2, version: 3 })).toMatchObject({ ok: true });
    const back = await getTender(db, viewers.DRAFTER, tender.id);
    expect(contentOf(back)).toEqual(contentOf((await getTenderRevision(db, viewers.DRAFTER, tender.id, 2)).tender));
    expect(back.estimatedValueCents).toBe(250_000_00);
    expect(back.tenderDeadline).toBe("2026-09-01");
  });

  it("lets drafters and administrators restore; OSPO and evaluators may not, another organisation finds nothing", async () => {
    for (const [viewer, outcome] of [
      [viewers.OSPO, "FORBIDDEN"],
      [viewers.EVALUATOR, "FORBIDDEN"],
      [viewers.OTHER_DRAFTER, "NOT_FOUND"],
    ] as const) {
      const tender = await draftWithTwoSaves();
      expect(await restore(viewer, { tenderId: tender.id, revision: 1, version: 2 })).toMatchObject({
        ok: false,
        code: outcome,
      });
      expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ version: 2, summary: "Second summary" });
    }
    for (const role of ["DRAFTER", "ADMIN"] as const) {
      const tender = await draftWithTwoSaves();
      expect(await restore(viewers[role], { tenderId: tender.id, revision: 1, version: 2 })).toMatchObject({
        ok: true,
      });
    }
  });

  it("refuses a restore over a save made since the page was opened, and changes nothing", async () => {
    const tender = await draftWithTwoSaves();
    const result = await restore(viewers.DRAFTER, { tenderId: tender.id, revision: 1, version: 1 });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", formError: "errors.revisionRestoreConflict" });
    expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ version: 2, summary: "Second summary" });
    expect(await db.tenderRevision.count({ where: { tenderId: tender.id } })).toBe(3);
    expect(await db.auditEvent.count({ where: { entityId: tender.id, action: "tender.revision_restored" } })).toBe(0);
  });

  it("lets only one of two simultaneous restores through", async () => {
    const tender = await draftWithTwoSaves();
    const attempt = (viewer: Viewer, revision: number) =>
      db
        .$transaction((tx) => restoreTenderRevision(tx, viewer, { tenderId: tender.id, revision, version: 2 }))
        .then(
          () => "ok",
          (error: { code?: string }) => error.code,
        );
    const outcomes = await Promise.all([attempt(viewers.DRAFTER, 0), attempt(viewers.ADMIN, 1)]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
    expect((await getTender(db, viewers.DRAFTER, tender.id)).version).toBe(3);
  });

  it("refuses tenders that are no longer drafts", async () => {
    for (const status of ["IN_REVIEW", "APPROVED", "PUBLISHED", "CANCELLED"] as const) {
      const tender = await draftWithTwoSaves();
      await db.tender.update({ where: { id: tender.id }, data: { status } });
      const result = await restore(viewers.ADMIN, { tenderId: tender.id, revision: 1, version: 2 });
      expect(result).toMatchObject({ ok: false, code: "INVALID_STATE", formError: "errors.revisionRestoreNotDraft" });
      expect(await getTender(db, viewers.DRAFTER, tender.id)).toMatchObject({ status, summary: "Second summary" });
    }
  });

  it("brings back an older reference only while no other tender of the organisation has it", async () => {
    const tender = await create();
    const original = tender.reference;
    await save(tender.id, 0, "about", { reference: "COLLAB-NEW" });

    // Another tender takes the old reference: the restore says so and changes nothing.
    const other = await create("Another tender");
    await db.tender.update({ where: { id: other.id }, data: { reference: original } });
    expect(await restore(viewers.DRAFTER, { tenderId: tender.id, revision: 0, version: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: `errors.revisionReferenceTaken?${JSON.stringify({ reference: original })}`,
    });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).reference).toBe("COLLAB-NEW");

    // Once it is free again, it comes back with the rest of the content.
    await db.tender.update({ where: { id: other.id }, data: { reference: `${original}-Y` } });
    expect(await restore(viewers.DRAFTER, { tenderId: tender.id, revision: 0, version: 1 })).toMatchObject({
      ok: true,
    });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).reference).toBe(original);
  });

  it("refuses the current version, a version that does not exist, and invalid input", async () => {
    const tender = await draftWithTwoSaves();
    expect(await restore(viewers.DRAFTER, { tenderId: tender.id, revision: 2, version: 2 })).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.revisionIsCurrent",
    });
    expect(await restore(viewers.DRAFTER, { tenderId: tender.id, revision: 40, version: 2 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await restore(viewers.DRAFTER, { tenderId: tender.id, revision: -1, version: 2 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).version).toBe(2);
  });
});
