import "server-only";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { templateBaseName } from "@/lib/domain/documents/file-name";
import type { ExportFormat } from "@/lib/domain/documents/formats";
import { buildTemplateDocument, type TemplateDocumentVersion } from "@/lib/domain/documents/template-document";
import type { CpvEntry } from "@/lib/domain/cpv/parse-cpv-csv";
import { can } from "@/lib/domain/permissions";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import { templateMainCpv } from "@/lib/domain/templates/reuse/prefill-tender";
import type { TemplateContent, TemplateOrigin } from "@/lib/domain/templates/template-content";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { findCpv } from "@/lib/server/cpv/cpv-index";
import type { DbClient } from "@/lib/server/db";
import { exportTemplateVersion } from "@/lib/server/templates/export-template";
import { templateClauseDefinitions } from "@/lib/server/templates/publish-template";
import { documentsLocale, loadDocumentText } from "./document-text";
import { ExportRefusal, jsonFile, renderDocument } from "./export-file";

export type TemplateDocumentQuery = {
  slug: string;
  /** A version's number; the latest published one when left out. */
  version?: number;
  format: ExportFormat;
};

/** The statuses the public catalogue lists: a template's published versions are public in them. */
const LISTED = ["PUBLISHED", "DEPRECATED"];

/**
 * One version of a template as a document (docs/exports.md), built whole in memory. A published
 * version is public, as its catalogue page is; the draft only for those who may open it in the
 * builder (`template.manage` in the owning organisation), and is not found for anyone else, as if
 * it did not exist. The viewer is only asked for when a draft is: a public download needs no
 * session. JSON is the exchange file, which exists for published versions only.
 */
export async function exportTemplateDocument(
  db: DbClient,
  query: TemplateDocumentQuery,
  options: { viewer: () => Promise<Viewer | null>; baseUrl: string; now: Date },
): Promise<RenderedDocument> {
  const template = await db.tenderTemplate.findUnique({
    where: { slug: query.slug },
    select: {
      id: true,
      slug: true,
      language: true,
      status: true,
      origin: true,
      organisationId: true,
      organisation: { select: { name: true } },
      versions: {
        orderBy: { number: "desc" },
        select: { number: true, name: true, changelog: true, publishedAt: true },
      },
    },
  });
  if (!template) throw new AppError("NOT_FOUND");
  const chosen =
    query.version === undefined
      ? template.versions.find((version) => version.publishedAt !== null)
      : template.versions.find((version) => version.number === query.version);
  if (!chosen) throw new AppError("NOT_FOUND");
  const draft = chosen.publishedAt === null;
  if (draft ? !mayReadDraft(await options.viewer(), template.organisationId) : !LISTED.includes(template.status)) {
    throw new AppError("NOT_FOUND");
  }
  const baseName = templateBaseName(template.slug, chosen.number, draft);
  if (query.format === "json") {
    if (draft) {
      throw new ExportRefusal(
        "INVALID_STATE",
        "A draft has no exchange file (JSON) until it is published: download it as ODT, DOCX, PDF or Markdown, or publish it first.",
      );
    }
    const { file } = await exportTemplateVersion(db, { slug: template.slug, version: chosen.number }, options.baseUrl);
    return jsonFile(file, baseName);
  }
  const stored = await db.templateVersion.findUniqueOrThrow({
    where: { templateId_number: { templateId: template.id, number: chosen.number } },
    select: { content: true },
  });
  const content = readTemplateContent(stored.content);
  const asVersion = (version: typeof chosen): TemplateDocumentVersion => ({
    number: version.number,
    name: version.name,
    publishedOn: version.publishedAt ? version.publishedAt.toISOString().slice(0, 10) : null,
    changelog: version.changelog,
  });
  const hasPublicPage = LISTED.includes(template.status) && template.versions.some((version) => version.publishedAt);
  const model = buildTemplateDocument({
    template: {
      publisher: template.organisation.name,
      withdrawn: template.status === "DEPRECATED",
      origin: (template.origin as TemplateOrigin | null) ?? null,
      url: hasPublicPage ? `${options.baseUrl}/catalogue/${template.slug}` : null,
    },
    version: { ...asVersion(chosen), content },
    // The draft's history: the published versions before it; a published version's: up to itself.
    history: template.versions
      .filter((version) => version.number <= chosen.number && (version.publishedAt !== null || version === chosen))
      .map(asVersion),
    clauseDefinitions: await templateClauseDefinitions(db, content),
    cpv: templateCpv(content),
    text: await loadDocumentText(documentsLocale(template.language)),
    createdAt: options.now.toISOString(),
  });
  return renderDocument(query.format, model, baseName);
}

/** The builder's rule: an OSPO or administrator of the organisation that owns the template. */
function mayReadDraft(viewer: Viewer | null, organisationId: string): boolean {
  return viewer !== null && can(viewer.roles, "template.manage") && viewer.organisation.id === organisationId;
}

/** The CPV entries the document names: the intended use's prefixes (padded to 8 digits) and the main code. */
function templateCpv(content: TemplateContent): Map<string, CpvEntry> {
  const codes = [...content.intendedUse.cpvPrefixes.map((prefix) => prefix.padEnd(8, "0")), templateMainCpv(content.intendedUse)]; // prettier-ignore
  const cpv = new Map<string, CpvEntry>();
  for (const code of codes) {
    const entry = code ? findCpv(code) : undefined;
    if (entry) cpv.set(entry.code8, entry);
  }
  return cpv;
}
