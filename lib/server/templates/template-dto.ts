import "server-only";
import { AppError } from "@/lib/errors";
import type { TemplateLifecycle, TemplateStatus } from "@/lib/domain/templates/lifecycle";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import type { TemplateContent, TemplateOrigin } from "@/lib/domain/templates/template-content";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";

export type TemplateVersionSummary = {
  number: number;
  name: string;
  changelog: string;
  licence: string;
  publishedAt: Date;
};

/** A template of the viewer's organisation as the builder's pages see it. */
export type TemplateDto = {
  id: string;
  slug: string;
  name: string;
  language: string;
  status: TemplateStatus;
  /** Optimistic lock: every form sends it back. */
  version: number;
  origin: TemplateOrigin | null;
  successor: { id: string; name: string; slug: string } | null;
  /**
   * The original this template translates (lib/domain/templates/translations.ts), with its
   * publisher: normally the viewer's organisation, another one for links made before the rule.
   */
  translationOf: TemplateTranslationLink | null;
  /** The templates that translate this one. */
  translations: TemplateTranslationLink[];
  deprecationNote: string;
  deprecatedAt: Date | null;
  draft: { id: string; number: number; name: string; content: TemplateContent; updatedAt: Date } | null;
  /** Published versions, newest first. */
  published: TemplateVersionSummary[];
  lifecycle: TemplateLifecycle;
  updatedAt: Date;
};

export type TemplateTranslationLink = {
  id: string;
  name: string;
  slug: string;
  language: string;
  status: TemplateStatus;
  /** False for a template of another organisation: shown, never linked to its builder page. */
  ownOrganisation: boolean;
};

const LINK_SELECT = { id: true, name: true, slug: true, language: true, status: true, organisationId: true } as const;

const VERSION_SELECT = {
  id: true,
  number: true,
  name: true,
  changelog: true,
  licence: true,
  content: true,
  publishedAt: true,
  updatedAt: true,
} as const;

/** The template, if it belongs to the viewer's organisation; any other is not found (ids cannot be probed). */
export async function getTemplate(db: DbClient, viewer: Viewer, templateId: string): Promise<TemplateDto> {
  const row = await db.tenderTemplate.findFirst({
    where: { id: templateId, organisationId: viewer.organisation.id },
    include: {
      successor: { select: { id: true, name: true, slug: true } },
      translationOf: { select: LINK_SELECT },
      translations: { select: LINK_SELECT, orderBy: { language: "asc" } },
      versions: { select: VERSION_SELECT, orderBy: { number: "desc" } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const draftRow = row.versions.find((version) => version.publishedAt === null) ?? null;
  const published = row.versions.flatMap((version) =>
    version.publishedAt
      ? [
          {
            number: version.number,
            name: version.name,
            changelog: version.changelog,
            licence: version.licence,
            publishedAt: version.publishedAt,
          },
        ]
      : [],
  );
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    language: row.language,
    status: row.status,
    version: row.version,
    origin: (row.origin as TemplateOrigin | null) ?? null,
    successor: row.successor,
    translationOf: row.translationOf ? translationLink(row.translationOf, viewer) : null,
    translations: row.translations.map((translation) => translationLink(translation, viewer)),
    deprecationNote: row.deprecationNote,
    deprecatedAt: row.deprecatedAt,
    draft: draftRow
      ? {
          id: draftRow.id,
          number: draftRow.number,
          name: draftRow.name,
          content: readTemplateContent(draftRow.content),
          updatedAt: draftRow.updatedAt,
        }
      : null,
    published,
    lifecycle: {
      status: row.status,
      draftNumber: draftRow?.number ?? null,
      publishedNumbers: published.map((version) => version.number),
    },
    updatedAt: row.updatedAt,
  };
}

function translationLink(
  row: { id: string; name: string; slug: string; language: string; status: TemplateStatus; organisationId: string },
  viewer: Viewer,
): TemplateTranslationLink {
  const { organisationId, ...link } = row;
  return { ...link, ownOrganisation: organisationId === viewer.organisation.id };
}

/** The content of one published version of the viewer's template, e.g. the last one, to compare the draft with. */
export async function getPublishedContent(
  db: DbClient,
  viewer: Viewer,
  templateId: string,
  number: number,
): Promise<TemplateContent | null> {
  const row = await db.templateVersion.findFirst({
    where: { templateId, number, publishedAt: { not: null }, template: { organisationId: viewer.organisation.id } },
    select: { content: true },
  });
  return row ? readTemplateContent(row.content) : null;
}
