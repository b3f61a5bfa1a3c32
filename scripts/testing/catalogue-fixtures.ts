import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { buildTemplateSearchText } from "../../lib/domain/templates/search-text";
import type { TemplateContent } from "../../lib/domain/templates/template-content";
import type { Db } from "../../lib/server/db";

/**
 * Templates written straight into the test database for the catalogue's tests, as if their OSPO
 * had published them: what the catalogue reads, nothing of the builder's workflow.
 */

export function sampleTemplateContent(changes: Partial<TemplateContent> = {}): TemplateContent {
  return {
    summary: "A sample template.",
    intendedUse: {
      category: "OTHER",
      contractNature: "SERVICES",
      cpvPrefixes: ["72"],
      procedureTypes: ["OPEN"],
      valueRange: { minCents: null, maxCents: null },
    },
    clauses: [{ key: "exit-plan-and-data-portability", version: 1, status: "MANDATORY", values: {} }],
    requirements: [{ key: "REQ-01", text: "Data is exported in open formats.", level: "MUST", criterionKey: null }],
    sovereignty: null,
    award: null,
    guidance: [],
    licence: "CC-BY-4.0",
    ...changes,
  };
}

export type FixtureVersion = {
  name?: string;
  content?: TemplateContent;
  changelog?: string;
  /** Null for the draft. */
  publishedAt?: Date | null;
};

export async function createCatalogueTemplate(
  db: Db,
  options: {
    organisationId: string;
    name: string;
    language?: string;
    status?: "DRAFT" | "PUBLISHED" | "DEPRECATED";
    versions?: FixtureVersion[];
    translationOfId?: string;
    successorId?: string;
    origin?: Prisma.InputJsonValue;
  },
) {
  const template = await db.tenderTemplate.create({
    data: {
      organisationId: options.organisationId,
      slug: `test-${randomUUID().slice(0, 12)}`,
      name: options.name,
      language: options.language ?? "en",
      status: options.status ?? "PUBLISHED",
      translationOfId: options.translationOfId,
      successorId: options.successorId,
      origin: options.origin,
    },
  });
  const versions = options.versions ?? [{}];
  const created = [];
  for (const [index, version] of versions.entries()) {
    const name = version.name ?? options.name;
    const content = version.content ?? sampleTemplateContent();
    created.push(
      await db.templateVersion.create({
        data: {
          templateId: template.id,
          number: index + 1,
          name,
          summary: content.summary,
          content: content as unknown as Prisma.InputJsonValue,
          changelog: version.changelog ?? `Version ${index + 1}.`,
          category: content.intendedUse.category,
          contractNature: content.intendedUse.contractNature,
          cpvPrefixes: content.intendedUse.cpvPrefixes,
          procedureTypes: content.intendedUse.procedureTypes,
          licence: content.licence,
          searchText: buildTemplateSearchText(name, content, []),
          publishedAt: version.publishedAt === undefined ? new Date(Date.UTC(2026, 0, 1 + index)) : version.publishedAt,
        },
      }),
    );
  }
  return { template, versions: created };
}
