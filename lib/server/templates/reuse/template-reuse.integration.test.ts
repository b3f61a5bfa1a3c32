import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import { type RoleViewers, connectTestDatabase, createRoleViewers } from "@/scripts/testing/test-database";
import {
  createTemplateFixture,
  publishTemplateVersionFixture,
  revisedTemplateContent,
  sampleTemplateContent,
} from "@/scripts/testing/template-fixtures";
import { getTenderTemplateLink } from "./tender-template-link";

// The actions run for real against PostgreSQL; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { startTenderFromTemplateAction } = await import("@/app/(app)/catalogue/[slug]/start/actions");
const { takeOverTemplateSectionAction } = await import("@/app/(app)/tenders/[tenderId]/template/actions");
const { saveClausesAction } = await import("@/app/(app)/tenders/[tenderId]/clauses/actions");

const db = connectTestDatabase();
stubs.db = db;
// The publisher (an OSPO of organisation A) and the reusing organisation B's cast.
const publisher = {} as RoleViewers;
const reuser = {} as RoleViewers;

beforeAll(async () => {
  Object.assign(publisher, await createRoleViewers(db));
  Object.assign(reuser, await createRoleViewers(db));
});
afterAll(async () => {
  await db.$disconnect();
});

const as = <Args extends unknown[], Result>(viewer: Viewer, action: (...args: Args) => Result) => {
  stubs.viewer = viewer;
  return action;
};

/** A template of organisation A with v1 published, and a tender organisation B started from it. */
async function startedTender() {
  const template = await createTemplateFixture(db, {
    organisationId: publisher.OSPO.organisation.id,
    publishedById: publisher.OSPO.userId,
  });
  const result = await as(
    reuser.DRAFTER,
    startTenderFromTemplateAction,
  )({
    slug: template.slug,
    templateVersion: 1,
    title: "Case management for the inspectorate",
  });
  if (!result.ok) throw new Error(`start failed: ${JSON.stringify(result)}`);
  return { template, tenderId: result.data.tenderId };
}

describe("starting a tender from a template", () => {
  it("creates a prefilled draft in the drafter's own organisation that records the version", async () => {
    const { template, tenderId } = await startedTender();
    const tender = await getTender(db, reuser.DRAFTER, tenderId);
    const content = sampleTemplateContent();
    expect(tender).toMatchObject({
      title: "Case management for the inspectorate",
      status: "DRAFT",
      version: 0,
      contractNature: "SERVICES",
      procedureType: "OPEN",
      mainCpv: "72230000",
      documentsLanguage: "en",
      requirements: content.requirements,
      sovereignty: content.sovereignty,
    });
    // Numbered like any new tender of the organisation: its prefix (T…), the year, a sequence.
    expect(tender.reference).toMatch(/^T[0-9A-F]{8}-\d{4}-\d{4}$/);
    // Mandatory and recommended clauses, with the template's values; the optional one is offered only.
    expect(tender.clauses.map((clause) => clause.key)).toEqual([
      "deliverables-licence",
      "exit-plan-and-data-portability",
      "escrow",
      "documented-apis",
    ]);

    const row = await db.tender.findUniqueOrThrow({
      where: { id: tenderId },
      select: {
        organisationId: true,
        templateSections: true,
        templateVersion: { select: { number: true, templateId: true } },
      },
    });
    expect(row).toEqual({
      organisationId: reuser.DRAFTER.organisation.id,
      templateSections: {},
      templateVersion: { number: 1, templateId: template.id },
    });
    // The first revision already holds the template's content.
    const revisions = await db.tenderRevision.findMany({ where: { tenderId } });
    expect(revisions.map((revision) => [revision.section, (revision.snapshot as { mainCpv: string }).mainCpv])).toEqual(
      [["created", "72230000"]],
    );
    const events = await db.auditEvent.findMany({ where: { entityId: tenderId }, orderBy: { action: "asc" } });
    expect(events.map((event) => [event.action, event.organisationId])).toEqual([
      ["tender.created", reuser.DRAFTER.organisation.id],
      ["tender.created_from_template", reuser.DRAFTER.organisation.id],
    ]);
    expect(events[1]!.after).toMatchObject({ templateId: template.id, templateVersion: 1 });
  });

  it("refuses a version that is no longer the latest, a deprecated template, an unknown one, and an evaluator", async () => {
    const template = await createTemplateFixture(db, { organisationId: publisher.OSPO.organisation.id });
    await publishTemplateVersionFixture(db, template.id, revisedTemplateContent());
    const input = { slug: template.slug, templateVersion: 1, title: "Too late" };
    expect(await as(reuser.DRAFTER, startTenderFromTemplateAction)(input)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: 'templateReuse.errors.newerVersionPublished?{"version":2}',
    });
    expect(await as(reuser.EVALUATOR, startTenderFromTemplateAction)({ ...input, templateVersion: 2 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await as(reuser.DRAFTER, startTenderFromTemplateAction)({ ...input, slug: "no-such-template" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await db.tenderTemplate.update({ where: { id: template.id }, data: { status: "DEPRECATED" } });
    expect(await as(reuser.DRAFTER, startTenderFromTemplateAction)({ ...input, templateVersion: 2 })).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
    });
    expect(await db.tender.count({ where: { title: "Too late" } })).toBe(0);
  });
});

describe("newer versions", () => {
  it("are detected section by section, and one section is taken over leaving the others", async () => {
    const { template, tenderId } = await startedTender();
    expect((await getTenderTemplateLink(db, reuser.DRAFTER, tenderId))!.changes).toEqual([]);

    await publishTemplateVersionFixture(db, template.id, revisedTemplateContent(), { changelog: "REQ-07 added." });
    const link = (await getTenderTemplateLink(db, reuser.DRAFTER, tenderId))!;
    expect(link.latest.number).toBe(2);
    expect(link.newerVersions.map((version) => [version.number, version.changelog])).toEqual([[2, "REQ-07 added."]]);
    expect(link.changes).toEqual([
      { section: "requirements", fromVersion: 1, toVersion: 2 },
      { section: "clauses", fromVersion: 1, toVersion: 2 },
    ]);

    const before = await getTender(db, reuser.DRAFTER, tenderId);
    const result = await as(
      reuser.DRAFTER,
      takeOverTemplateSectionAction,
    )({
      tenderId,
      version: 0,
      section: "requirements",
      templateVersion: 2,
    });
    expect(result).toEqual({ ok: true, data: { version: 1, section: "requirements", droppedValues: [] } });

    const after = await getTender(db, reuser.DRAFTER, tenderId);
    expect(after.requirements.map((requirement) => requirement.key)).toEqual(["REQ-01", "REQ-02", "REQ-03", "REQ-07"]);
    // The clauses still hold version 1's exit plan of 6 months.
    expect(after.clauses).toEqual(before.clauses);
    const row = await db.tender.findUniqueOrThrow({ where: { id: tenderId }, select: { templateSections: true } });
    expect(row.templateSections).toEqual({ requirements: 2 });
    expect((await getTenderTemplateLink(db, reuser.DRAFTER, tenderId))!.changes).toEqual([
      { section: "clauses", fromVersion: 1, toVersion: 2 },
    ]);
    const revisions = await db.tenderRevision.findMany({ where: { tenderId }, orderBy: { version: "asc" } });
    expect(revisions.map((revision) => [revision.version, revision.section])).toEqual([
      [0, "created"],
      [1, "requirements"],
    ]);
    const [event] = await db.auditEvent.findMany({
      where: { entityId: tenderId, action: "tender.template_section_taken_over" },
    });
    expect(event).toMatchObject({
      actorId: reuser.DRAFTER.userId,
      after: { section: "requirements", templateId: template.id, templateVersion: 2 },
      before: { section: "requirements", templateVersion: 1 },
    });

    // Taken over again: nothing left to take in that section.
    expect(
      await as(
        reuser.DRAFTER,
        takeOverTemplateSectionAction,
      )({
        tenderId,
        version: 1,
        section: "requirements",
        templateVersion: 2,
      }),
    ).toMatchObject({ ok: false, code: "INVALID_STATE", formError: "templateReuse.errors.sectionUpToDate" });
  });

  it("refuses a take-over read from an older state of the tender, with a clear message", async () => {
    const { template, tenderId } = await startedTender();
    await publishTemplateVersionFixture(db, template.id, revisedTemplateContent());
    const take = as(reuser.DRAFTER, takeOverTemplateSectionAction);
    expect(await take({ tenderId, version: 0, section: "clauses", templateVersion: 2 })).toMatchObject({ ok: true });
    // The page was read at version 0; the tender is at 1 now.
    expect(await take({ tenderId, version: 0, section: "requirements", templateVersion: 2 })).toEqual({
      ok: false,
      code: "CONFLICT",
      formError: "templateReuse.errors.tenderChangedMeanwhile",
      fieldErrors: {},
    });
    // A version published after the page was read is refused too, not taken silently.
    await publishTemplateVersionFixture(db, template.id, revisedTemplateContent(revisedTemplateContent()));
    expect(await take({ tenderId, version: 1, section: "requirements", templateVersion: 2 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: 'templateReuse.errors.newerVersionPublished?{"version":3}',
    });
  });

  it("is refused once the tender is in review, and for another organisation's drafter: not found", async () => {
    const { template, tenderId } = await startedTender();
    await publishTemplateVersionFixture(db, template.id, revisedTemplateContent());
    const input = { tenderId, version: 0, section: "clauses" as const, templateVersion: 2 };
    // The publisher's drafter (organisation A) cannot reach organisation B's tender.
    expect(await as(publisher.DRAFTER, takeOverTemplateSectionAction)(input)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await expect(getTenderTemplateLink(db, publisher.DRAFTER, tenderId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await db.tender.update({ where: { id: tenderId }, data: { status: "IN_REVIEW" } });
    expect(await as(reuser.DRAFTER, takeOverTemplateSectionAction)(input)).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.tenderNotEditable",
    });
    expect((await getTender(db, reuser.DRAFTER, tenderId)).version).toBe(0);
  });
});

describe("the template's mandatory clauses", () => {
  it("are removed only with a recorded justification, though the library makes them optional", async () => {
    const { tenderId } = await startedTender();
    const tender = await getTender(db, reuser.DRAFTER, tenderId);
    const withoutEscrow = tender.clauses.filter((clause) => clause.key !== "escrow");
    const save = as(reuser.DRAFTER, saveClausesAction);
    expect(await save({ tenderId, version: 0, clauses: withoutEscrow })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { _form: ['validation.mandatoryRemovalUnjustified?{"key":"escrow"}'] },
    });
    // documented-apis is recommended by the template and optional… removable without a word.
    const withoutApis = tender.clauses.filter((clause) => clause.key !== "documented-apis");
    expect(await save({ tenderId, version: 0, clauses: withoutApis })).toMatchObject({ ok: true });

    const justification = "Monthly delivery of the source code makes an escrow deposit unnecessary.";
    expect(
      await save({
        tenderId,
        version: 1,
        clauses: withoutApis.filter((clause) => clause.key !== "escrow"),
        removedMandatory: [{ key: "escrow", justification }],
      }),
    ).toMatchObject({ ok: true });
    expect((await getTender(db, reuser.DRAFTER, tenderId)).clauseRemovals).toMatchObject([
      { key: "escrow", version: 1, justification, userId: reuser.DRAFTER.userId },
    ]);
  });
});
