import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueQuerySchema, type CatalogueQueryInput } from "@/lib/schemas/catalogue-query";
import { createTemplateFixture, minimalTemplateContent } from "@/scripts/testing/template-fixtures";
import { connectTestDatabase, createTestOrganisation } from "@/scripts/testing/test-database";
import { getCatalogueFacets } from "./catalogue-facets";
import { getCatalogueTemplate } from "./get-catalogue-template";
import { searchCatalogue } from "./search-catalogue";

const db = connectTestDatabase();
let publisher: string;
let otherPublisher: string;
const ids: Record<string, string> = {};

/** A search limited to this file's own publisher, so other tests' and the demo's templates stay out. */
const search = (input: CatalogueQueryInput, organisationId = publisher) =>
  searchCatalogue(db, catalogueQuerySchema.parse({ publisher: organisationId, ...input }));
const names = async (input: CatalogueQueryInput, organisationId?: string) =>
  (await search(input, organisationId)).items.map((item) => item.name);

const content = minimalTemplateContent;
const JANUARY_FIRST = new Date("2026-01-01T00:00:00Z");
const use = (changes: Partial<ReturnType<typeof content>["intendedUse"]>) => ({
  ...content().intendedUse,
  ...changes,
});

beforeAll(async () => {
  const organisation = await createTestOrganisation(db, "Catalogue publisher");
  publisher = organisation.id;
  const other = await db.organisation.update({
    where: { id: (await createTestOrganisation(db, "Other publisher")).id },
    data: { country: "AT" },
  });
  otherPublisher = other.id;

  const french = await createTemplateFixture(db, {
    organisationId: publisher,
    name: "Gestion électronique des archives",
    language: "fr",
    versions: [
      {
        content: content({
          summary: "Un logiciel libre pour conserver les archives numériques de la collectivité.",
          intendedUse: use({ category: "BUSINESS_APPLICATION", cpvPrefixes: ["4831"], procedureTypes: ["RESTRICTED"] }),
        }),
        publishedAt: new Date("2026-02-01T09:00:00Z"),
      },
    ],
  });
  ids.french = french.id;
  const german = await createTemplateFixture(db, {
    organisationId: publisher,
    name: "Entwicklung eines Fachverfahrens",
    language: "de",
    versions: [
      {
        content: content({
          summary: "Software, die für die Stadt entwickelt und als Open Source veröffentlicht wird.",
          intendedUse: use({ category: "CUSTOM_DEVELOPMENT", cpvPrefixes: ["7223"] }),
        }),
        publishedAt: new Date("2026-03-01T09:00:00Z"),
      },
    ],
  });
  ids.german = german.id;
  // Two published versions and a draft: the list shows version 2, never the draft's words.
  const hosting = await createTemplateFixture(db, {
    organisationId: publisher,
    name: "Hosting of collaboration software",
    versions: [
      { content: content(), publishedAt: new Date("2025-06-01T09:00:00Z") },
      {
        content: content({
          summary: "Mail and calendars hosted in the European Union.",
          intendedUse: use({ category: "HOSTING_AND_CLOUD", cpvPrefixes: ["72412", "4851"] }),
        }),
        publishedAt: new Date("2026-01-15T09:00:00Z"),
      },
      { name: "Hosting draft zanzibarword", content: content(), publishedAt: null },
    ],
  });
  ids.hosting = hosting.id;
  ids.hostingV1 = hosting.versions[0]!.id;
  ids.hostingV2 = hosting.versions[1]!.id;
  // Never published.
  await createTemplateFixture(db, {
    organisationId: publisher,
    name: "Unpublished zanzibarword",
    status: "DRAFT",
    versions: [{ content: content(), publishedAt: null }],
  });
  const deprecated = await createTemplateFixture(db, {
    organisationId: publisher,
    name: "Old mail service",
    status: "DEPRECATED",
    successorId: hosting.id,
    versions: [{ content: content(), publishedAt: new Date("2024-01-01T09:00:00Z") }],
  });
  ids.deprecated = deprecated.id;
  await createTemplateFixture(db, {
    organisationId: otherPublisher,
    name: "Austrian archive software",
    versions: [{ content: content({ intendedUse: use({ cpvPrefixes: ["48"] }) }), publishedAt: JANUARY_FIRST }],
  });

  // Tenders started from the hosting template (both versions count) and one from the French one.
  const tender = (templateVersionId: string) =>
    db.tender.create({
      data: {
        organisationId: otherPublisher,
        reference: `T-${randomUUID().slice(0, 8)}`,
        title: "Started from a template",
        templateVersionId,
      },
    });
  await tender(ids.hostingV1);
  await tender(ids.hostingV2);
  await tender(ids.hostingV2);
  await tender(french.versions[0]!.id);
});

afterAll(() => db.$disconnect());

describe("the public catalogue", () => {
  it("lists each published template once, at its latest published version, newest first", async () => {
    const result = await search({});
    expect(result.items.map((item) => [item.name, item.versionNumber])).toEqual([
      ["Entwicklung eines Fachverfahrens", 1],
      ["Gestion électronique des archives", 1],
      ["Hosting of collaboration software", 2],
    ]);
    expect(result.total).toBe(3);
    const hosting = result.items.find((item) => item.id === ids.hosting)!;
    expect(hosting).toMatchObject({ category: "HOSTING_AND_CLOUD", cpvPrefixes: ["72412", "4851"], usageCount: 3 });
  });

  it("never lists drafts, nor the words of a template's draft version", async () => {
    expect(await names({ q: "zanzibarword" })).toEqual([]);
    expect(
      await getCatalogueTemplate(
        db,
        (
          await db.tenderTemplate.findFirstOrThrow({
            where: { organisationId: publisher, status: "DRAFT" },
          })
        ).slug,
      ),
    ).toBeNull();
  });

  it("finds words through French and German stemming, whatever the language typed", async () => {
    // "logiciels" and "logiciel" share the French stem "logiciel".
    expect(await names({ q: "logiciels" })).toEqual(["Gestion électronique des archives"]);
    // "Entwicklungen" and "Entwicklung" share the German stem "entwickl"; "entwickelt" is its own
    // word for the German stemmer (participles are not reduced), found as such.
    expect(await names({ q: "Entwicklungen" })).toEqual(["Entwicklung eines Fachverfahrens"]);
    expect(await names({ q: "entwickelt" })).toEqual(["Entwicklung eines Fachverfahrens"]);
    // English stemming: "hosted" and "Hosting" share "host".
    expect(await names({ q: "hosted" })).toEqual(["Hosting of collaboration software"]);
    // websearch syntax: a quoted phrase, and OR.
    expect(await names({ q: '"archives numériques" OR Fachverfahren', sort: "newest" })).toEqual([
      "Entwicklung eines Fachverfahrens",
      "Gestion électronique des archives",
    ]);
  });

  it("ranks a match in the name above a match in the summary when sorting by relevance", async () => {
    // "software" is in the hosting template's name (weight A) and the German one's summary (B).
    expect(await names({ q: "software" })).toEqual([
      "Hosting of collaboration software",
      "Entwicklung eines Fachverfahrens",
    ]);
  });

  it("filters by category, procedure, language, publisher and country", async () => {
    expect(await names({ category: "CUSTOM_DEVELOPMENT" })).toEqual(["Entwicklung eines Fachverfahrens"]);
    expect(await names({ procedure: "RESTRICTED" })).toEqual(["Gestion électronique des archives"]);
    expect(await names({ language: "fr" })).toEqual(["Gestion électronique des archives"]);
    expect(await names({ country: "AT" }, otherPublisher)).toEqual(["Austrian archive software"]);
    expect(await names({ country: "FR" }, otherPublisher)).toEqual([]);
  });

  it("matches a CPV code under a template's prefix, and a prefix covering it", async () => {
    // 48510000-6 falls under "4851"; "48" covers "4831" and "4851"; "4852" neither.
    expect(await names({ cpv: "48510000-6" })).toEqual(["Hosting of collaboration software"]);
    expect(await names({ cpv: "48", sort: "newest" })).toEqual([
      "Gestion électronique des archives",
      "Hosting of collaboration software",
    ]);
    expect(await names({ cpv: "4852" })).toEqual([]);
    // Not a code at all: nothing, rather than everything.
    expect(await names({ cpv: "software" })).toEqual([]);
  });

  it("shows deprecated templates only when asked, with their successor", async () => {
    expect(await names({ q: "mail service" })).toEqual([]);
    const result = await search({ q: "mail service", deprecated: "1" });
    expect(result.items.map((item) => [item.name, item.status, item.successor?.name])).toEqual([
      ["Old mail service", "DEPRECATED", "Hosting of collaboration software"],
    ]);
  });

  it("sorts by use: tenders started from any version of the template", async () => {
    const result = await search({ sort: "used" });
    expect(result.items.map((item) => [item.name, item.usageCount])).toEqual([
      ["Hosting of collaboration software", 3],
      ["Gestion électronique des archives", 1],
      ["Entwicklung eines Fachverfahrens", 0],
    ]);
  });

  it("pages through results and counts them past the last page", async () => {
    const all = await db.tenderTemplate.count({
      where: { status: "PUBLISHED", versions: { some: { publishedAt: { not: null } } } },
    });
    const first = await searchCatalogue(db, catalogueQuerySchema.parse({}));
    expect(first.total).toBe(all);
    const beyond = await search({ page: "5" });
    expect(beyond).toEqual({ items: [], total: 3, pageCount: 1 });
  });

  it("offers as filter choices only publishers, countries and languages with templates", async () => {
    const facets = await getCatalogueFacets(db);
    expect(facets.publishers.map((p) => p.id)).toEqual(expect.arrayContaining([publisher, otherPublisher]));
    expect(facets.countries).toEqual(expect.arrayContaining(["AT", "FR"]));
    expect(facets.languages).toEqual(expect.arrayContaining(["de", "en", "fr"]));
  });
});

describe("a template's public page", () => {
  it("shows the latest published version, the history and the use", async () => {
    const slug = (await db.tenderTemplate.findUniqueOrThrow({ where: { id: ids.hosting } })).slug;
    const page = await getCatalogueTemplate(db, slug);
    expect(page).toMatchObject({
      status: "PUBLISHED",
      usageCount: 3,
      version: { number: 2, isLatest: true, content: { summary: "Mail and calendars hosted in the European Union." } },
    });
    expect(page!.versions.map((version) => version.number)).toEqual([2, 1]);
    expect((await getCatalogueTemplate(db, slug, 1))!.version).toMatchObject({ number: 1, isLatest: false });
    // The draft's number is not a published version.
    expect(await getCatalogueTemplate(db, slug, 3)).toBeNull();
  });

  it("links a deprecated template to its successor, and translations to each other", async () => {
    const deprecated = await db.tenderTemplate.findUniqueOrThrow({ where: { id: ids.deprecated } });
    expect((await getCatalogueTemplate(db, deprecated.slug))!.successor?.name).toBe(
      "Hosting of collaboration software",
    );
    const translation = await createTemplateFixture(db, {
      organisationId: otherPublisher,
      name: "Archivverwaltung",
      language: "de",
      translationOfId: ids.french,
      versions: [{ content: content(), publishedAt: JANUARY_FIRST }],
    });
    const original = await db.tenderTemplate.findUniqueOrThrow({ where: { id: ids.french } });
    expect((await getCatalogueTemplate(db, original.slug))!.translations).toEqual([
      { slug: translation.slug, name: "Archivverwaltung", language: "de", isOriginal: false },
    ]);
    expect((await getCatalogueTemplate(db, translation.slug))!.translations).toEqual([
      { slug: original.slug, name: "Gestion électronique des archives", language: "fr", isOriginal: true },
    ]);
  });
});
