import "server-only";
import { buildTemplateFile } from "@/lib/domain/templates/exchange/build-template-file";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import type { TemplateOrigin } from "@/lib/domain/templates/template-content";
import { AppError } from "@/lib/errors";
import { TEMPLATE_SCHEMA_PATH, type TemplateFile } from "@/lib/schemas/template-exchange";
import type { DbClient } from "@/lib/server/db";
import { templateClauseDefinitions } from "./publish-template";

/**
 * The exchange file of a published version, by the template's public address and the version
 * number (the latest published one when none is given). Drafts are never exported: like the
 * catalogue, this reads published versions only, so it is open to anyone.
 */
export async function exportTemplateVersion(
  db: DbClient,
  query: { slug: string; version?: number },
  baseUrl: string,
): Promise<{ file: TemplateFile; fileName: string }> {
  const template = await db.tenderTemplate.findUnique({
    where: { slug: query.slug },
    select: {
      id: true,
      slug: true,
      language: true,
      origin: true,
      organisation: { select: { name: true, country: true } },
      versions: {
        where: { publishedAt: { not: null }, ...(query.version ? { number: query.version } : {}) },
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, name: true, publishedAt: true, changelog: true, content: true },
      },
    },
  });
  const version = template?.versions[0];
  if (!template || !version?.publishedAt) throw new AppError("NOT_FOUND");
  const content = readTemplateContent(version.content);
  const file = buildTemplateFile(
    {
      template: {
        id: template.id,
        slug: template.slug,
        language: template.language,
        publisher: { name: template.organisation.name, country: template.organisation.country },
        origin: (template.origin as TemplateOrigin | null) ?? null,
      },
      version: { ...version, publishedAt: version.publishedAt, content },
      url: `${baseUrl}/catalogue/${template.slug}`,
    },
    await templateClauseDefinitions(db, content),
  );
  return {
    file: { $schema: `${baseUrl}${TEMPLATE_SCHEMA_PATH}`, ...file },
    fileName: `${template.slug}-v${version.number}.json`,
  };
}
