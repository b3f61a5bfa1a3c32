import { describe, expect, it, vi } from "vitest";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import { sampleTemplateContent } from "@/lib/domain/templates/testing/sample-template";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createRoleViewers } from "@/scripts/testing/test-database";
import { templateActionsSession } from "./testing/template-actions-session";
import { publishTemplateInput, saveSampleDraft } from "./testing/template-inputs";

// Published versions never change: every action refuses, and so does the database. The server
// actions run for real against PostgreSQL; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const sections = await import("@/app/(app)/templates/[templateId]/section-actions");
const lifecycle = await import("@/app/(app)/templates/[templateId]/lifecycle-actions");
const { getTemplate } = await import("./template-dto");

const { db, viewers, as, published, eventsFor } = templateActionsSession(stubs);

describe("published versions never change", () => {
  it("refuses every section save and publishing again once the version is published", async () => {
    const template = await published();
    const base = { templateId: template.id, version: template.version };
    const attempts = [
      () =>
        as(viewers.OSPO, sections.saveTemplateDetailsAction, {
          ...base,
          name: template.name,
          summary: "Changed",
          language: "en",
          category: "OTHER",
          licence: "CC0-1.0",
        }),
      () =>
        as(viewers.OSPO, sections.saveTemplateIntendedUseAction, {
          ...base,
          contractNature: "",
          cpvPrefixes: "",
          procedureTypes: [],
          minValue: "",
          maxValue: "",
        }),
      () => as(viewers.OSPO, sections.saveTemplateClausesAction, { ...base, clauses: [] }),
      () => as(viewers.OSPO, sections.saveTemplateRequirementsAction, { ...base, requirements: [] }),
      () => as(viewers.OSPO, sections.removeTemplateSovereigntyAction, base),
      () => as(viewers.OSPO, sections.saveTemplateGuidanceAction, { ...base, notes: {} }),
      () => as(viewers.ADMIN, lifecycle.publishTemplateAction, publishTemplateInput(template.id, template.version)),
    ];
    for (const attempt of attempts) {
      expect(await attempt()).toMatchObject({
        ok: false,
        code: "INVALID_STATE",
        formError: "templates.lifecycle.noDraft",
      });
    }
    const row = await db.templateVersion.findFirstOrThrow({ where: { templateId: template.id, number: 1 } });
    expect(readTemplateContent(row.content)).toEqual(sampleTemplateContent());
  });

  it("is protected by the database itself: a direct UPDATE or DELETE of a published version fails", async () => {
    const template = await published();
    const row = await db.templateVersion.findFirstOrThrow({ where: { templateId: template.id, number: 1 } });
    await expect(db.templateVersion.update({ where: { id: row.id }, data: { summary: "Tampered" } })).rejects.toThrow(
      /published and cannot be changed/,
    );
    await expect(db.$executeRaw`UPDATE "TemplateVersion" SET "changelog" = 'x' WHERE "id" = ${row.id}`).rejects.toThrow(
      /published and cannot be changed/,
    );
    await expect(db.templateVersion.delete({ where: { id: row.id } })).rejects.toThrow(
      /published and cannot be changed/,
    );
    expect((await db.templateVersion.findUniqueOrThrow({ where: { id: row.id } })).summary).toBe(row.summary);
  });

  it("starts version 2 as a copy, leaves version 1 as it was, publishes it, and allows one draft at a time", async () => {
    const template = await published();
    const started = await as(viewers.OSPO, lifecycle.startTemplateVersionAction, {
      templateId: template.id,
      version: template.version,
    });
    expect(started).toMatchObject({ ok: true, data: { number: 2 } });
    const withDraft = await getTemplate(db, viewers.OSPO, template.id);
    expect(withDraft.draft).toMatchObject({ number: 2, content: sampleTemplateContent() });
    await expect(
      as(viewers.OSPO, lifecycle.startTemplateVersionAction, { templateId: template.id, version: withDraft.version }),
    ).resolves.toMatchObject({ ok: false, formError: "templates.lifecycle.draftInProgress" });
    const content = { ...sampleTemplateContent(), summary: "Second edition." };
    const version = await saveSampleDraft(db, viewers.OSPO, template.id, withDraft.version, content);
    await expect(
      as(viewers.OSPO, lifecycle.publishTemplateAction, {
        templateId: template.id,
        version,
        changelog: "New summary.",
      }),
    ).resolves.toMatchObject({ ok: true, data: { number: 2 } });
    const versions = await db.templateVersion.findMany({
      where: { templateId: template.id },
      orderBy: { number: "asc" },
    });
    expect(versions.map((row) => [row.number, row.summary, row.publishedAt !== null])).toEqual([
      [1, sampleTemplateContent().summary, true],
      [2, "Second edition.", true],
    ]);
    expect((await eventsFor(template.id)).map((event) => event.action)).toContain("template.version_started");
  });

  it("deprecates with a note and an own published successor; a deprecated template starts no version", async () => {
    const successor = await published();
    const template = await published();
    const input = { templateId: template.id, version: template.version };
    await expect(as(viewers.OSPO, lifecycle.deprecateTemplateAction, { ...input, note: "" })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { note: ["templates.validation.deprecationNoteRequired"] },
    });
    const foreign = await published((await createRoleViewers(db)).OSPO);
    await expect(
      as(viewers.OSPO, lifecycle.deprecateTemplateAction, { ...input, note: "Old", successorId: foreign.id }),
    ).resolves.toMatchObject({ ok: false, fieldErrors: { successorId: ["templates.errors.successorInvalid"] } });
    await expect(
      as(viewers.OSPO, lifecycle.deprecateTemplateAction, { ...input, note: "Replaced.", successorId: successor.id }),
    ).resolves.toMatchObject({ ok: true });
    const after = await getTemplate(db, viewers.OSPO, template.id);
    expect(after).toMatchObject({
      status: "DEPRECATED",
      deprecationNote: "Replaced.",
      successor: { id: successor.id },
    });
    await expect(
      as(viewers.OSPO, lifecycle.startTemplateVersionAction, { templateId: template.id, version: after.version }),
    ).resolves.toMatchObject({ ok: false, formError: "templates.lifecycle.deprecated" });
    expect((await eventsFor(template.id)).at(-1)).toMatchObject({
      action: "template.deprecated",
      after: { note: "Replaced.", successorId: successor.id },
    });
  });
});
