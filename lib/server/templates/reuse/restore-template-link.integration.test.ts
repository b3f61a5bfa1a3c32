import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import { type RoleViewers, connectTestDatabase, createRoleViewers } from "@/scripts/testing/test-database";
import {
  createTemplateFixture,
  publishTemplateVersionFixture,
  revisedTemplateContent,
} from "@/scripts/testing/template-fixtures";
import { getTenderTemplateLink } from "./tender-template-link";

// Restoring an older revision of a tender started from a template: the record of which template
// version each section came from (Tender.templateSections) must go back with the content.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { startTenderFromTemplateAction } = await import("@/app/(app)/catalogue/[slug]/start/actions");
const { takeOverTemplateSectionAction } = await import("@/app/(app)/tenders/[tenderId]/template/actions");
const { restoreRevisionAction } = await import("@/app/(app)/tenders/[tenderId]/history/actions");

const db = connectTestDatabase();
stubs.db = db;
const publisher = {} as RoleViewers;
const reuser = {} as RoleViewers;

beforeAll(async () => {
  Object.assign(publisher, await createRoleViewers(db));
  Object.assign(reuser, await createRoleViewers(db));
});
afterAll(() => db.$disconnect());

function as<Input, Result>(viewer: Viewer, action: (input: Input) => Promise<Result>) {
  stubs.viewer = viewer;
  return action;
}

const templateSectionsOf = async (tenderId: string) =>
  (await db.tender.findUniqueOrThrow({ where: { id: tenderId }, select: { templateSections: true } })).templateSections;

/**
 * A tender started from v1, then v2 published and both its sections taken over:
 * version 0 (created, from v1), 1 (requirements from v2), 2 (clauses from v2).
 */
async function tenderWithTwoTakeOvers() {
  const template = await createTemplateFixture(db, { organisationId: publisher.OSPO.organisation.id });
  const started = await as(
    reuser.DRAFTER,
    startTenderFromTemplateAction,
  )({
    slug: template.slug,
    templateVersion: 1,
    title: "Case management for the inspectorate",
  });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const tenderId = started.data.tenderId;
  await publishTemplateVersionFixture(db, template.id, revisedTemplateContent());
  const take = as(reuser.DRAFTER, takeOverTemplateSectionAction);
  expect(await take({ tenderId, version: 0, section: "requirements", templateVersion: 2 })).toMatchObject({ ok: true });
  expect(await take({ tenderId, version: 1, section: "clauses", templateVersion: 2 })).toMatchObject({ ok: true });
  expect(await templateSectionsOf(tenderId)).toEqual({ requirements: 2, clauses: 2 });
  return tenderId;
}

const changedSections = async (tenderId: string) =>
  (await getTenderTemplateLink(db, reuser.DRAFTER, tenderId))!.changes.map((change) => change.section);

describe("restoring a revision of a tender started from a template", () => {
  it("brings back the template version each section held at that revision, in the same transaction", async () => {
    const tenderId = await tenderWithTwoTakeOvers();
    const restore = as(reuser.DRAFTER, restoreRevisionAction);

    // Revision 1: the requirements from v2, the clauses still from v1.
    expect(await restore({ tenderId, revision: 1, version: 2 })).toEqual({ ok: true, data: { version: 3 } });
    expect(await templateSectionsOf(tenderId)).toEqual({ requirements: 2 });
    expect(await changedSections(tenderId)).toEqual(["clauses"]);
    const [event] = await db.auditEvent.findMany({ where: { entityId: tenderId, action: "tender.revision_restored" } });
    expect(event!.before).toMatchObject({ templateSections: { requirements: 2, clauses: 2 } });
    expect(event!.after).toMatchObject({ restoredFrom: 1, templateSections: { requirements: 2 } });

    // Revision 0: as started, every section from v1, so v2 is offered again in both.
    expect(await restore({ tenderId, revision: 0, version: 3 })).toMatchObject({ ok: true });
    expect(await templateSectionsOf(tenderId)).toEqual({});
    expect(await changedSections(tenderId)).toEqual(["requirements", "clauses"]);

    // And forward again to revision 2: both sections from v2, nothing left to take over.
    expect(await restore({ tenderId, revision: 2, version: 4 })).toMatchObject({ ok: true });
    expect(await templateSectionsOf(tenderId)).toEqual({ requirements: 2, clauses: 2 });
    expect(await changedSections(tenderId)).toEqual([]);
    // The revision the restore stored holds the record too, so restoring it later is exact.
    const latest = await db.tenderRevision.findFirstOrThrow({ where: { tenderId, version: 5 } });
    expect(latest.snapshot).toMatchObject({ templateSections: { requirements: 2, clauses: 2 } });
  });

  it("reads a revision stored without the record section by section: a changed section falls back to the start", async () => {
    const tenderId = await tenderWithTwoTakeOvers();
    // As revisions stored before the record was kept: the snapshot has no templateSections.
    const old = await db.tenderRevision.findFirstOrThrow({ where: { tenderId, version: 1 } });
    const { templateSections: _dropped, ...legacy } = old.snapshot as Record<string, unknown>;
    await db.tenderRevision.update({ where: { id: old.id }, data: { snapshot: legacy as object } });

    expect(await as(reuser.DRAFTER, restoreRevisionAction)({ tenderId, revision: 1, version: 2 })).toMatchObject({
      ok: true,
    });
    // The requirements are the same at revision 1 as now (v2's): kept. The clauses were v1's then: back to the start.
    expect(await templateSectionsOf(tenderId)).toEqual({ requirements: 2 });
    expect((await getTender(db, reuser.DRAFTER, tenderId)).version).toBe(3);
  });

  it("changes nothing when the restore is refused", async () => {
    const tenderId = await tenderWithTwoTakeOvers();
    // A page read at version 1, the tender is at 2 now.
    expect(await as(reuser.DRAFTER, restoreRevisionAction)({ tenderId, revision: 0, version: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    // Another organisation's drafter does not find the tender.
    expect(await as(publisher.DRAFTER, restoreRevisionAction)({ tenderId, revision: 0, version: 2 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await templateSectionsOf(tenderId)).toEqual({ requirements: 2, clauses: 2 });
  });
});
