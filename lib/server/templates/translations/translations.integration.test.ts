import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import { getCatalogueTemplate } from "@/lib/server/catalogue/get-catalogue-template";
import type { Db } from "@/lib/server/db";
import { type RoleViewers, connectTestDatabase, createRoleViewers } from "@/scripts/testing/test-database";
import { createTemplateFixture, sampleTemplateContent } from "@/scripts/testing/template-fixtures";
import { getTemplate } from "../template-dto";
import { originalChoices } from "./translation-choices";

// The actions run for real against PostgreSQL; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { linkTranslationAction, unlinkTranslationAction, startTranslationAction } =
  await import("@/app/(app)/templates/[templateId]/translations/actions");

const db = connectTestDatabase();
stubs.db = db;
const ministry = {} as RoleViewers;
const city = {} as RoleViewers;

beforeAll(async () => {
  Object.assign(ministry, await createRoleViewers(db));
  Object.assign(city, await createRoleViewers(db));
});
afterAll(() => db.$disconnect());

function as<Input, Result>(viewer: Viewer, action: (input: Input) => Promise<Result>) {
  stubs.viewer = viewer;
  return action;
}

const templateOf = (viewers: RoleViewers, language: string, options: { published?: boolean } = {}) =>
  createTemplateFixture(db, {
    organisationId: viewers.OSPO.organisation.id,
    language,
    ...(options.published === false ? { versions: [{ publishedAt: null }] } : {}),
  });
const translationOfId = async (id: string) =>
  (await db.tenderTemplate.findUniqueOrThrow({ where: { id }, select: { translationOfId: true } })).translationOfId;
const versionOf = async (id: string) =>
  (await db.tenderTemplate.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const link = (viewer: Viewer, templateId: string, originalId: string, version = 0) =>
  as(viewer, linkTranslationAction)({ templateId, version, originalId });

describe("declaring a template a translation", () => {
  it("links two templates of the organisation, records it, and shows it on both catalogue pages", async () => {
    const original = await templateOf(ministry, "en");
    const french = await templateOf(ministry, "fr");
    expect(
      (await originalChoices(db, ministry.OSPO, await getTemplate(db, ministry.OSPO, french.id))).map((c) => c.id),
    ).toContain(original.id);

    expect(await link(ministry.OSPO, french.id, original.id)).toEqual({ ok: true, data: { version: 1 } });
    expect(await translationOfId(french.id)).toBe(original.id);
    const [event] = await db.auditEvent.findMany({
      where: { entityId: french.id, action: "template.translation_linked" },
    });
    expect(event).toMatchObject({
      actorId: ministry.OSPO.userId,
      organisationId: ministry.OSPO.organisation.id,
      before: { translationOfId: null },
      after: { translationOfId: original.id, translationOf: original.name },
    });
    expect((await getCatalogueTemplate(db, original.slug))!.translations).toEqual([
      { slug: french.slug, name: french.name, language: "fr", isOriginal: false },
    ]);
    expect((await getCatalogueTemplate(db, french.slug))!.translations).toEqual([
      { slug: original.slug, name: original.name, language: "en", isOriginal: true },
    ]);

    expect(await as(ministry.ADMIN, unlinkTranslationAction)({ templateId: french.id, version: 1 })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect(await translationOfId(french.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: french.id, action: "template.translation_unlinked" } })).toBe(
      1,
    );
  });

  it("is for OSPOs and administrators only", async () => {
    const original = await templateOf(ministry, "en");
    const german = await templateOf(ministry, "de");
    for (const role of ["DRAFTER", "EVALUATOR"] as const) {
      expect(await link(ministry[role], german.id, original.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(
        await as(
          ministry[role],
          startTranslationAction,
        )({ templateId: original.id, name: `Vorlage ${role}`, language: "de" }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await translationOfId(german.id)).toBeNull();
    expect(await db.tenderTemplate.count({ where: { translationOfId: original.id } })).toBe(0);
  });

  it("refuses another organisation's template, on either side, without telling whether it exists", async () => {
    const ministryTemplate = await templateOf(ministry, "en");
    const cityTemplate = await templateOf(city, "de");
    expect(await link(city.OSPO, cityTemplate.id, ministryTemplate.id)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { originalId: ["templates.translations.refusals.otherOrganisation"] },
    });
    expect(await link(city.OSPO, cityTemplate.id, "no-such-template")).toMatchObject({
      fieldErrors: { originalId: ["templates.translations.refusals.otherOrganisation"] },
    });
    // The ministry's template is not found by the city's OSPO at all.
    expect(await link(city.OSPO, ministryTemplate.id, cityTemplate.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await as(city.OSPO, startTranslationAction)({ templateId: ministryTemplate.id, name: "Kopie", language: "de" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await translationOfId(cityTemplate.id)).toBeNull();
    expect(await versionOf(cityTemplate.id)).toBe(0);
  });

  it("refuses a link to itself, chains and cycles, a second translation in one language", async () => {
    const english = await templateOf(ministry, "en");
    const french = await templateOf(ministry, "fr");
    const german = await templateOf(ministry, "de");
    const otherFrench = await templateOf(ministry, "fr", { published: false });
    const refusal = (code: string) => ({
      ok: false,
      fieldErrors: { originalId: [`templates.translations.refusals.${code}`] },
    });

    expect(await link(ministry.OSPO, english.id, english.id)).toMatchObject(refusal("self"));
    expect(await link(ministry.OSPO, french.id, english.id)).toMatchObject({ ok: true });
    // english → french would close the cycle english → french → english: french is a translation.
    expect(await link(ministry.OSPO, english.id, french.id)).toMatchObject(refusal("originalIsTranslation"));
    // english → german would make a chain french → english → german: english has a translation.
    expect(await link(ministry.OSPO, english.id, german.id)).toMatchObject(refusal("hasTranslations"));
    // german → french would make a chain german → french → english.
    expect(await link(ministry.OSPO, german.id, french.id)).toMatchObject(refusal("originalIsTranslation"));
    expect(await link(ministry.OSPO, otherFrench.id, english.id)).toMatchObject(refusal("languageTaken"));
    const otherEnglish = await templateOf(ministry, "en");
    expect(await link(ministry.OSPO, otherEnglish.id, english.id)).toMatchObject(refusal("sameLanguage"));
    // Each refusal left every template as it was (the refused saves rolled back, lock included).
    expect(await translationOfId(english.id)).toBeNull();
    expect(await translationOfId(german.id)).toBeNull();
    expect(await versionOf(english.id)).toBe(0);
  });

  it("refuses a save from a page loaded before someone else's, and a deprecated template", async () => {
    const original = await templateOf(ministry, "en");
    const french = await templateOf(ministry, "fr");
    expect(await link(ministry.OSPO, french.id, original.id)).toMatchObject({ ok: true });
    expect(await as(ministry.ADMIN, unlinkTranslationAction)({ templateId: french.id, version: 0 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "templates.errors.changedMeanwhile",
    });
    await db.tenderTemplate.update({ where: { id: french.id }, data: { status: "DEPRECATED" } });
    expect(await as(ministry.ADMIN, unlinkTranslationAction)({ templateId: french.id, version: 1 })).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "templates.lifecycle.deprecated",
    });
    expect(await translationOfId(french.id)).toBe(original.id);
  });
});

describe("starting a translation", () => {
  it("creates a draft copy in the other language, linked to the group's original", async () => {
    const original = await templateOf(ministry, "en");
    const name = `Suite collaborative ${Date.now()}`;
    const started = await as(ministry.OSPO, startTranslationAction)({ templateId: original.id, name, language: "fr" });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const translation = await getTemplate(db, ministry.OSPO, started.data.templateId);
    expect(translation).toMatchObject({
      name,
      language: "fr",
      status: "DRAFT",
      translationOf: { id: original.id, ownOrganisation: true },
      published: [],
      draft: { number: 1, content: sampleTemplateContent() },
    });
    const events = await db.auditEvent.findMany({ where: { entityId: translation.id } });
    expect(events.map((event) => event.action)).toEqual(["template.translation_started"]);
    expect(events[0]!.after).toMatchObject({ translationOfId: original.id, copiedFromVersion: 1, language: "fr" });

    // Started from the French translation, a German one still translates the English original.
    const fromTranslation = await as(
      ministry.OSPO,
      startTranslationAction,
    )({
      templateId: translation.id,
      name: `Kollaborationssuite ${Date.now()}`,
      language: "de",
    });
    if (!fromTranslation.ok) throw new Error(JSON.stringify(fromTranslation));
    expect(await translationOfId(fromTranslation.data.templateId)).toBe(original.id);
    // Every language of the group is taken now.
    expect(
      await as(
        ministry.OSPO,
        startTranslationAction,
      )({ templateId: original.id, name: `Encore ${Date.now()}`, language: "fr" }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { language: ["templates.translations.refusals.languageTaken"] },
    });
    expect(
      await as(ministry.OSPO, startTranslationAction)({ templateId: original.id, name, language: "de" }),
    ).toMatchObject({ ok: false, fieldErrors: { language: ["templates.translations.refusals.languageTaken"] } });
  });

  it("refuses a name the organisation already uses, and creates nothing", async () => {
    const original = await templateOf(ministry, "en");
    const taken = await templateOf(ministry, "de", { published: false });
    const before = await db.tenderTemplate.count({ where: { organisationId: ministry.OSPO.organisation.id } });
    expect(
      await as(ministry.OSPO, startTranslationAction)({ templateId: original.id, name: taken.name, language: "fr" }),
    ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["templates.errors.nameTaken"] } });
    expect(await db.tenderTemplate.count({ where: { organisationId: ministry.OSPO.organisation.id } })).toBe(before);
  });
});
