import { findLibraryClause } from "../lib/domain/clauses/library";
import { buildTemplateSearchText } from "../lib/domain/templates/search-text";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_TEMPLATES, type DemoTemplate, type DemoTemplateVersion } from "./demo-templates";

const DAY_MS = 86_400_000;

/**
 * Loads the demo templates (prisma/demo-templates.ts) as their OSPOs would have published them:
 * the template, each published version with its search text, the audit events, then the links
 * between templates (translations, successors). Idempotent: a template whose slug exists is left
 * as it is. Returns the number of templates created.
 */
export async function seedDemoTemplates(
  db: PrismaClient,
  organisationIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<number> {
  const existing = await db.tenderTemplate.findMany({
    where: { slug: { in: DEMO_TEMPLATES.map((template) => template.slug) } },
    select: { slug: true },
  });
  const missing = DEMO_TEMPLATES.filter((template) => !existing.some((row) => row.slug === template.slug));
  if (missing.length === 0) return 0;
  const publishers = await db.user.findMany({
    where: { email: { in: missing.map((template) => template.publishedBy) } },
    select: { id: true, email: true },
  });
  await db.$transaction(async (tx) => {
    for (const template of missing) {
      const publisherId = publishers.find((user) => user.email === template.publishedBy)?.id ?? null;
      await createDemoTemplate(tx, template, {
        organisationId: organisationIds.get(template.organisation)!,
        publisher: { id: publisherId, email: template.publishedBy },
        now,
      });
    }
    for (const template of missing) await linkDemoTemplate(tx, template, now);
  });
  return missing.length;
}

type Context = { organisationId: string; publisher: { id: string | null; email: string }; now: Date };

async function createDemoTemplate(tx: Prisma.TransactionClient, template: DemoTemplate, context: Context) {
  const { organisationId, publisher, now } = context;
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const first = template.versions[0]!;
  const last = template.versions.at(-1)!;
  const createdAt = daysAgo(first.publishedDaysAgo + 7);
  const row = await tx.tenderTemplate.create({
    data: {
      organisationId,
      slug: template.slug,
      name: last.name,
      language: template.language,
      status: "PUBLISHED",
      createdById: publisher.id,
      createdAt,
    },
  });
  await tx.auditEvent.create({
    data: {
      organisationId,
      actorId: publisher.id,
      actorEmail: publisher.email,
      action: "template.created",
      entityType: "TenderTemplate",
      entityId: row.id,
      after: { slug: template.slug, name: first.name, language: template.language, source: "demo data" },
      occurredAt: createdAt,
    },
  });
  for (const [index, version] of template.versions.entries()) {
    const publishedAt = daysAgo(version.publishedDaysAgo);
    const number = index + 1;
    await tx.templateVersion.create({
      data: {
        templateId: row.id,
        number,
        ...versionColumns(version, template.language),
        publishedAt,
        publishedById: publisher.id,
        createdAt: publishedAt,
      },
    });
    await tx.auditEvent.create({
      data: {
        organisationId,
        actorId: publisher.id,
        actorEmail: publisher.email,
        action: "template.published",
        entityType: "TenderTemplate",
        entityId: row.id,
        after: { slug: template.slug, number, name: version.name, changelog: version.changelog, source: "demo data" },
        occurredAt: publishedAt,
      },
    });
  }
}

/** The version's columns: the content and the search and filter columns copied from it. */
export function versionColumns(version: DemoTemplateVersion, language: DemoTemplate["language"]) {
  const { content } = version;
  const clauseTitles = content.clauses.flatMap((chosen) => {
    const clause = findLibraryClause(chosen.key);
    return clause ? [clause.content[language].title] : [];
  });
  return {
    name: version.name,
    summary: content.summary,
    content: content as unknown as Prisma.InputJsonValue,
    changelog: version.changelog,
    category: content.intendedUse.category,
    contractNature: content.intendedUse.contractNature,
    cpvPrefixes: content.intendedUse.cpvPrefixes,
    procedureTypes: content.intendedUse.procedureTypes,
    licence: content.licence,
    searchText: buildTemplateSearchText(version.name, content, clauseTitles),
  };
}

/** Translations point to their original, deprecated templates to their successor. */
async function linkDemoTemplate(tx: Prisma.TransactionClient, template: DemoTemplate, now: Date) {
  const idOf = async (slug: string) =>
    (await tx.tenderTemplate.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  if (template.translationOf) {
    await tx.tenderTemplate.update({
      where: { slug: template.slug },
      data: { translationOfId: await idOf(template.translationOf) },
    });
  }
  const deprecation = template.deprecation;
  if (!deprecation) return;
  const deprecatedAt = new Date(now.getTime() - deprecation.daysAgo * DAY_MS);
  const row = await tx.tenderTemplate.update({
    where: { slug: template.slug },
    data: {
      status: "DEPRECATED",
      successorId: await idOf(deprecation.successor),
      deprecationNote: deprecation.note,
      deprecatedAt,
    },
  });
  await tx.auditEvent.create({
    data: {
      organisationId: row.organisationId,
      actorEmail: template.publishedBy,
      action: "template.deprecated",
      entityType: "TenderTemplate",
      entityId: row.id,
      before: { status: "PUBLISHED" },
      after: { status: "DEPRECATED", successor: deprecation.successor, note: deprecation.note, source: "demo data" },
      occurredAt: deprecatedAt,
    },
  });
}
