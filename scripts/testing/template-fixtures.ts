import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { buildTemplateSearchText } from "../../lib/domain/templates/search-text";
import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { sampleTemplateContent } from "./template-content-sample";

export { minimalTemplateContent, revisedTemplateContent, sampleTemplateContent } from "./template-content-sample";

/**
 * Templates written straight into the database, for the catalogue's, integration and end-to-end
 * tests that need a published template without going through the builder, as if their OSPO had
 * published it: a template, its published versions (immutable once written, as the database's
 * trigger ensures) and, if asked, a draft.
 *
 * It builds its own Prisma client (connectFixtureDatabase) rather than lib/server/db's, so that
 * Playwright specs, which run outside Next.js, can use it too.
 */
export function connectFixtureDatabase(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests through `npm test`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

export type FixtureVersion = {
  /** sampleTemplateContent() unless given. */
  content?: TemplateContent;
  /** The template's name unless given. */
  name?: string;
  changelog?: string;
  /** Null for the draft; now unless given. */
  publishedAt?: Date | null;
};

export type FixtureTemplate = {
  id: string;
  slug: string;
  name: string;
  organisationId: string;
  /** The versions' rows, numbered 1, 2, … in the order given. */
  versions: { id: string; number: number }[];
};

/** A template of `organisationId` with its versions (by default version 1 of the sample, published). */
export async function createTemplateFixture(
  db: PrismaClient,
  options: {
    organisationId: string;
    name?: string;
    language?: string;
    /** PUBLISHED if a version is published, else DRAFT, unless given. */
    status?: "DRAFT" | "PUBLISHED" | "DEPRECATED";
    versions?: FixtureVersion[];
    translationOfId?: string;
    successorId?: string;
    publishedById?: string | null;
  },
): Promise<FixtureTemplate> {
  const suffix = randomUUID().slice(0, 8);
  const name = options.name ?? `Custom software under EUPL-1.2 ${suffix}`;
  const versions = options.versions ?? [{}];
  const publishedById = options.publishedById ?? null;
  const template = await db.tenderTemplate.create({
    data: {
      organisationId: options.organisationId,
      slug: `${slugify(name)}-${suffix}`,
      name,
      language: options.language ?? "en",
      status: options.status ?? (versions.some((version) => version.publishedAt !== null) ? "PUBLISHED" : "DRAFT"),
      translationOfId: options.translationOfId,
      successorId: options.successorId,
      createdById: publishedById,
    },
    select: { id: true, slug: true, name: true, organisationId: true },
  });
  const created = [];
  for (const [index, version] of versions.entries()) {
    const number = index + 1;
    const publishedAt = version.publishedAt === undefined ? new Date() : version.publishedAt;
    const row = await db.templateVersion.create({
      data: versionData(template.id, number, version.name ?? name, version.content ?? sampleTemplateContent(), {
        changelog: version.changelog ?? (publishedAt ? `Version ${number}.` : ""),
        publishedAt,
        publishedById: publishedAt ? publishedById : null,
      }),
      select: { id: true, number: true },
    });
    created.push(row);
  }
  return { ...template, versions: created };
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
  const published = {
    changelog: options.changelog ?? "Revised.",
    publishedAt: options.publishedAt ?? new Date(),
    publishedById: options.publishedById ?? null,
  };
  const draft = await db.templateVersion.findFirst({
    where: { templateId, publishedAt: null },
    select: { id: true, number: true },
  });
  let number: number;
  if (draft) {
    number = draft.number;
    const { templateId: _templateId, number: _number, ...data } = versionData(templateId, number, template.name, content, published); // prettier-ignore
    await db.templateVersion.update({ where: { id: draft.id }, data });
  } else {
    const last = await db.templateVersion.aggregate({ where: { templateId }, _max: { number: true } });
    number = (last._max.number ?? 0) + 1;
    await db.templateVersion.create({ data: versionData(templateId, number, template.name, content, published) });
  }
  await db.tenderTemplate.update({ where: { id: templateId }, data: { status: "PUBLISHED" } });
  return number;
}

function versionData(
  templateId: string,
  number: number,
  name: string,
  content: TemplateContent,
  published: { changelog: string; publishedAt: Date | null; publishedById: string | null },
) {
  return {
    templateId,
    number,
    name,
    summary: content.summary,
    content: JSON.parse(JSON.stringify(content)),
    category: content.intendedUse.category,
    contractNature: content.intendedUse.contractNature,
    cpvPrefixes: content.intendedUse.cpvPrefixes,
    procedureTypes: content.intendedUse.procedureTypes,
    searchText: buildTemplateSearchText(name, content, []),
    licence: content.licence,
    ...published,
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
