import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { templateFileSchema } from "@/lib/schemas/template-exchange";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import {
  createTemplateFixture,
  revisedTemplateContent,
  sampleTemplateContent,
  type FixtureTemplate,
} from "@/scripts/testing/template-fixtures";
import { connectTestDatabase, createRoleViewers, createTestOrganisation, createTestViewer, type RoleViewers } from "@/scripts/testing/test-database"; // prettier-ignore
import { createExportJob } from "./create-export-job";
import { readExportJob } from "./read-export-job";
import { runExportJob } from "./run-export-job";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const downloadRoute = await import("@/app/api/exports/jobs/[jobId]/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

const ORIGIN = "https://tc.example";
let viewers: RoleViewers;
let twoVersions: FixtureTemplate;
let oneVersion: FixtureTemplate;
const leftOut: FixtureTemplate[] = [];

beforeAll(async () => {
  viewers = await createRoleViewers(db);
  const organisationId = viewers.OSPO.organisation.id;
  const content = sampleTemplateContent();
  twoVersions = await createTemplateFixture(db, {
    organisationId,
    name: "A cloud office suite",
    versions: [{ content }, { content: revisedTemplateContent(content), changelog: "Exit plan." }],
  });
  oneVersion = await createTemplateFixture(db, { organisationId, name: "B case management" });
  // Not in the ZIP: a draft never published, a deprecated template, another organisation's.
  leftOut.push(
    await createTemplateFixture(db, { organisationId, name: "C draft", versions: [{ content, publishedAt: null }] }),
  );
  const deprecated = await createTemplateFixture(db, { organisationId, name: "D deprecated" });
  await db.tenderTemplate.update({ where: { id: deprecated.id }, data: { status: "DEPRECATED" } });
  leftOut.push(deprecated);
  leftOut.push(await createTemplateFixture(db, { organisationId: viewers.OTHER_DRAFTER.organisation.id }));
}, 60_000);

async function ask(viewer: Viewer) {
  return db.$transaction(async (tx) => {
    const { jobId, event } = await createExportJob(tx, viewer, { kind: "ORGANISATION_TEMPLATES", origin: ORIGIN }, new Date()); // prettier-ignore
    await tx.auditEvent.create({
      data: { ...event, actorId: viewer.userId, organisationId: viewer.organisation.id, after: event.after ?? {} },
    });
    return jobId;
  });
}

function download(viewer: Viewer, jobId: string) {
  stubs.viewer = viewer;
  return downloadRoute.GET(new Request(`http://localhost/api/exports/jobs/${jobId}`), {
    params: Promise.resolve({ jobId }),
  });
}

describe("the ZIP of the organisation's published templates", () => {
  it("holds the exchange file of the latest published version of each published template", async () => {
    const jobId = await ask(viewers.OSPO);
    await runExportJob(db, jobId);
    const job = await readExportJob(db, viewers.OSPO, jobId, new Date());
    expect(job).toMatchObject({ status: "DONE", tenderId: null, target: { reference: "", backHref: "/templates" } });
    // "Test authority 1a2b3c4d" (test-database.ts) → test-authority-1a2b3c4d-templates.zip
    expect(job.fileName).toMatch(/^test-authority-[0-9a-f]{8}-templates\.zip$/);

    const response = await download(viewers.OSPO, jobId);
    expect(response.status).toBe(200);
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    // By name: "A cloud office suite" at its version 2, then "B case management" at version 1.
    expect(Object.keys(entries)).toEqual([`${twoVersions.slug}-v2.json`, `${oneVersion.slug}-v1.json`]);
    for (const data of Object.values(entries)) {
      const file = JSON.parse(strFromU8(data));
      expect(templateFileSchema.safeParse(file).success).toBe(true);
      expect(file.$schema).toBe(`${ORIGIN}/schemas/template-exchange.v1.json`);
    }
    const text = Object.values(entries).map((data) => strFromU8(data)).join("\n"); // prettier-ignore
    for (const template of leftOut) expect(text).not.toContain(template.slug);

    const requested = await db.auditEvent.findFirstOrThrow({ where: { action: "export.job_requested", actorId: viewers.OSPO.userId } }); // prettier-ignore
    expect(requested).toMatchObject({ entityType: "Organisation", entityId: viewers.OSPO.organisation.id });
  }, 60_000);

  it("is for those who manage templates, and only their own", async () => {
    await expect(ask(viewers.DRAFTER)).rejects.toEqual(new AppError("NOT_FOUND"));
    const jobId = await ask(viewers.ADMIN);
    await runExportJob(db, jobId);
    expect((await download(viewers.ADMIN, jobId)).status).toBe(200);
    for (const viewer of [viewers.OSPO, viewers.DRAFTER, viewers.OTHER_DRAFTER]) {
      expect((await download(viewer, jobId)).status).toBe(404);
    }
  }, 60_000);

  it("is refused, with a reason, to an organisation without a published template", async () => {
    const organisation = await createTestOrganisation(db);
    const ospo = await createTestViewer(db, organisation.id, ["OSPO"]);
    await expect(ask(ospo)).rejects.toEqual(new AppError("INVALID_STATE", "errors.exportJobs.noPublishedTemplates"));
  });
});
