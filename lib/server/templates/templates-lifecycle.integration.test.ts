import { describe, expect, it, vi } from "vitest";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import { sampleTemplateContent } from "@/lib/domain/templates/testing/sample-template";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createRoleViewers } from "@/scripts/testing/test-database";
import { templateActionsSession } from "./testing/template-actions-session";
import { publishTemplateInput, sampleSectionInputs, uniqueName } from "./testing/template-inputs";

// The server actions run for real against PostgreSQL; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { createTemplateAction } = await import("@/app/(app)/templates/actions");
const sections = await import("@/app/(app)/templates/[templateId]/section-actions");
const lifecycle = await import("@/app/(app)/templates/[templateId]/lifecycle-actions");
const { getTemplate } = await import("./template-dto");

const { db, viewers, as, created, published, eventsFor } = templateActionsSession(stubs);

describe("who manages templates", () => {
  it("lets only OSPO and ADMIN create, publish and deprecate; others change nothing", async () => {
    for (const role of ["DRAFTER", "EVALUATOR"] as const) {
      const name = uniqueName();
      const result = await as(viewers[role], createTemplateAction, {
        name,
        language: "en",
        category: "OTHER",
        licence: "CC0-1.0",
      });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await db.tenderTemplate.count({ where: { name } })).toBe(0);
    }
    const byAdmin = await published(viewers.ADMIN);
    const draft = await created(viewers.OSPO);
    for (const role of ["DRAFTER", "EVALUATOR"] as const) {
      await expect(
        as(viewers[role], lifecycle.publishTemplateAction, publishTemplateInput(draft.id, draft.version)),
      ).resolves.toMatchObject({ ok: false, code: "FORBIDDEN" });
      await expect(
        as(viewers[role], lifecycle.deprecateTemplateAction, {
          templateId: byAdmin.id,
          version: byAdmin.version,
          note: "Old",
        }),
      ).resolves.toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect((await getTemplate(db, viewers.OSPO, draft.id)).status).toBe("DRAFT");
    // An OSPO of another organisation does not even see it.
    const outsider = (await createRoleViewers(db)).OSPO;
    await expect(
      as(outsider, lifecycle.deprecateTemplateAction, {
        templateId: byAdmin.id,
        version: byAdmin.version,
        note: "Old",
      }),
    ).resolves.toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(
      as(viewers.ADMIN, lifecycle.deprecateTemplateAction, {
        templateId: byAdmin.id,
        version: byAdmin.version,
        note: "Old",
      }),
    ).resolves.toMatchObject({ ok: true });
  });
});

describe("building and publishing", () => {
  it("builds the draft section by section through the forms' actions, then publishes version 1", async () => {
    const draft = await created();
    const inputs = sampleSectionInputs(draft.id, draft.name);
    let version = draft.version;
    // Criteria before requirements: a requirement may only link to a criterion the draft has.
    const steps = [
      [sections.saveTemplateDetailsAction, inputs.details],
      [sections.saveTemplateIntendedUseAction, inputs.intendedUse],
      [sections.saveTemplateClausesAction, inputs.clauses],
      [sections.saveTemplateSovereigntyAction, inputs.sovereignty],
      [sections.saveTemplateCriteriaAction, inputs.criteria],
      [sections.saveTemplateRequirementsAction, inputs.requirements],
      [sections.saveTemplateGuidanceAction, inputs.guidance],
    ] as const;
    for (const [action, input] of steps) {
      const result = await as(viewers.OSPO, action as (input: unknown) => Promise<{ ok: boolean }>, {
        ...input,
        version,
      });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true, data: { version: version + 1 } });
      version += 1;
    }
    expect((await getTemplate(db, viewers.OSPO, draft.id)).draft?.content).toEqual(sampleTemplateContent());
    await expect(
      as(viewers.OSPO, lifecycle.publishTemplateAction, publishTemplateInput(draft.id, version)),
    ).resolves.toMatchObject({
      ok: true,
      data: { number: 1 },
    });
    const template = await getTemplate(db, viewers.OSPO, draft.id);
    expect(template).toMatchObject({
      status: "PUBLISHED",
      draft: null,
      published: [{ number: 1, changelog: "First version." }],
    });
    const row = await db.templateVersion.findFirstOrThrow({ where: { templateId: template.id, number: 1 } });
    expect(row.publishedAt).not.toBeNull();
    expect(row.publishedById).toBe(viewers.OSPO.userId);
    expect(row.searchText).toContain("REQ-01 Users edit documents together in the browser.");
    expect(row).toMatchObject({
      category: "COLLABORATION",
      contractNature: "SERVICES",
      cpvPrefixes: ["48", "722"],
      licence: "CC-BY-4.0",
    });
    expect(readTemplateContent(row.content)).toEqual(sampleTemplateContent());
    const actions = (await eventsFor(template.id)).map((event) => event.action);
    expect(actions[0]).toBe("template.created");
    expect(actions.filter((action) => action === "template.draft_saved")).toHaveLength(7);
    expect(actions.at(-1)).toBe("template.published");
  });

  it("refuses to publish an empty template or one without a changelog, and changes nothing", async () => {
    const template = await created();
    await expect(
      as(viewers.OSPO, lifecycle.publishTemplateAction, publishTemplateInput(template.id, template.version)),
    ).resolves.toMatchObject({ ok: false, code: "INVALID_STATE", formError: "templates.errors.notPublishable" });
    await expect(
      as(viewers.OSPO, lifecycle.publishTemplateAction, {
        templateId: template.id,
        version: template.version,
        changelog: " ",
      }),
    ).resolves.toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { changelog: ["templates.validation.changelogRequired"] },
    });
    const after = await getTemplate(db, viewers.OSPO, template.id);
    expect(after).toMatchObject({ status: "DRAFT", version: template.version, published: [] });
  });

  it("refuses a save from a page loaded before someone else's save", async () => {
    const template = await created();
    const details = {
      templateId: template.id,
      version: template.version,
      name: template.name,
      summary: "First",
      language: "en" as const,
      category: "OTHER" as const,
      licence: "CC-BY-4.0" as const,
    };
    await expect(as(viewers.OSPO, sections.saveTemplateDetailsAction, details)).resolves.toMatchObject({ ok: true });
    await expect(
      as(viewers.ADMIN, sections.saveTemplateDetailsAction, { ...details, summary: "Second" }),
    ).resolves.toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "templates.errors.changedMeanwhile",
    });
    expect((await getTemplate(db, viewers.OSPO, template.id)).draft?.content.summary).toBe("First");
  });

  it("keeps names unique in the organisation, whatever the capitals", async () => {
    const first = await created();
    const result = await as(viewers.ADMIN, createTemplateAction, {
      name: first.name.toUpperCase(),
      language: "fr",
      category: "OTHER",
      licence: "CC0-1.0",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["templates.errors.nameTaken"] },
    });
    const second = await created();
    await expect(
      as(viewers.OSPO, sections.saveTemplateDetailsAction, {
        templateId: second.id,
        version: second.version,
        name: first.name,
        summary: "",
        language: "en",
        category: "OTHER",
        licence: "CC-BY-4.0",
      }),
    ).resolves.toMatchObject({ ok: false, fieldErrors: { name: ["templates.errors.nameTaken"] } });
    expect((await getTemplate(db, viewers.OSPO, second.id)).name).toBe(second.name);
    // Another organisation may use the same name.
    await expect(created((await createRoleViewers(db)).OSPO, first.name)).resolves.toMatchObject({ name: first.name });
  });
});
