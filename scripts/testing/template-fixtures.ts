import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { sampleTemplateContent } from "./template-content-sample";

export { revisedTemplateContent, sampleTemplateContent } from "./template-content-sample";

/**
 * Templates written straight into the database, for integration and end-to-end tests that need a
 * published template without going through the builder: a template, its published versions
 * (immutable once written, as the database's trigger ensures) and, if asked, a draft.
 *
 * It builds its own Prisma client (connectFixtureDatabase) rather than lib/server/db's, so that
 * Playwright specs, which run outside Next.js, can use it too.
 */
export function connectFixtureDatabase(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests through `npm test`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

type FixtureVersion = { content: TemplateContent; changelog?: string };

export type FixtureTemplate = { id: string; slug: string; name: string; organisationId: string };

/** A template of `organisationId` with its published versions, numbered 1, 2, … in order. */
export async function createTemplateFixture(
  db: PrismaClient,
  options: {
    organisationId: string;
    name?: string;
    language?: string;
    published?: FixtureVersion[];
    draft?: TemplateContent;
    publishedById?: string | null;
  },
): Promise<FixtureTemplate> {
  const suffix = randomUUID().slice(0, 8);
  const name = options.name ?? `Custom software under EUPL-1.2 ${suffix}`;
  const published = options.published ?? [{ content: sampleTemplateContent(), changelog: "First version." }];
  const template = await db.tenderTemplate.create({
    data: {
      organisationId: options.organisationId,
      slug: `${slugify(name)}-${suffix}`,
      name,
      language: options.language ?? "en",
      status: published.length > 0 ? "PUBLISHED" : "DRAFT",
      createdById: options.publishedById ?? null,
    },
    select: { id: true, slug: true, name: true, organisationId: true },
  });
  for (const version of published) {
    await publishTemplateVersionFixture(db, template.id, version.content, {
      changelog: version.changelog,
      publishedById: options.publishedById,
    });
  }
  if (options.draft) {
    const number = published.length + 1;
    await db.templateVersion.create({ data: versionData(template.id, number, name, options.draft, "", null, null) });
  }
  return template;
}

/**
 * Publishes the template's next version with this content: the draft, if there is one (it then
 * carries this content), else a new row. Returns its number.
 */
export async function publishTemplateVersionFixture(
  db: PrismaClient,
  templateId: string,
  content: TemplateContent,
  options: { changelog?: string; publishedById?: string | null; publishedAt?: Date } = {},
): Promise<number> {
  const template = await db.tenderTemplate.findUniqueOrThrow({ where: { id: templateId }, select: { name: true } });
  const publishedAt = options.publishedAt ?? new Date();
  const changelog = options.changelog ?? "Revised.";
  const draft = await db.templateVersion.findFirst({
    where: { templateId, publishedAt: null },
    select: { id: true, number: true },
  });
  if (draft) {
    const {
      templateId: _templateId,
      number: _number,
      ...data
    } = versionData(
      templateId,
      draft.number,
      template.name,
      content,
      changelog,
      publishedAt,
      options.publishedById ?? null,
    );
    await db.templateVersion.update({ where: { id: draft.id }, data });
    await db.tenderTemplate.update({ where: { id: templateId }, data: { status: "PUBLISHED" } });
    return draft.number;
  }
  const last = await db.templateVersion.aggregate({ where: { templateId }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  await db.templateVersion.create({
    data: versionData(
      templateId,
      number,
      template.name,
      content,
      changelog,
      publishedAt,
      options.publishedById ?? null,
    ),
  });
  await db.tenderTemplate.update({ where: { id: templateId }, data: { status: "PUBLISHED" } });
  return number;
}

function versionData(
  templateId: string,
  number: number,
  name: string,
  content: TemplateContent,
  changelog: string,
  publishedAt: Date | null,
  publishedById: string | null,
) {
  return {
    templateId,
    number,
    name,
    summary: content.summary,
    content: JSON.parse(JSON.stringify(content)),
    changelog,
    category: content.intendedUse.category,
    contractNature: content.intendedUse.contractNature,
    cpvPrefixes: content.intendedUse.cpvPrefixes,
    procedureTypes: content.intendedUse.procedureTypes,
    searchText: [content.summary, ...content.requirements.map((requirement) => requirement.text)].join("\n"),
    licence: content.licence,
    publishedAt,
    publishedById,
  };
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}
