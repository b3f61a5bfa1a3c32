import "server-only";
import { refusalOf } from "@/lib/domain/templates/lifecycle";
import { freeTranslationLanguages } from "@/lib/domain/templates/translations";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { getPublishedContent, getTemplate } from "../template-dto";
import { ensureTemplateNameFree, freeSlug } from "../template-name";
import { versionColumns } from "../version-columns";
import { lockTranslationLinks } from "./translation-lock";

/**
 * Starts a translation of the template: a new draft template of the viewer's organisation in
 * `language`, whose version 1 is a copy of the template's latest published version (of its draft
 * when it was never published), to be translated section by section and published on its own.
 * It translates the group's original: the template itself, or the original the template
 * translates, so the group stays flat. The language must be one the group does not have yet. An
 * imported template's origin is copied: its licence asks for the credit in every adaptation.
 */
export async function startTranslation(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; name: string; language: Locale },
) {
  await lockTranslationLinks(tx, viewer.organisation.id);
  const source = await getTemplate(tx, viewer, input.templateId);
  const refusal = refusalOf("translate", source.lifecycle);
  if (refusal) throw new AppError("INVALID_STATE", `templates.lifecycle.${refusal}`);
  if (source.translationOf && !source.translationOf.ownOrganisation) {
    throw new AppError("INVALID_STATE", "templates.translations.errors.originalElsewhere");
  }
  const original = source.translationOf ? await getTemplate(tx, viewer, source.translationOf.id) : source;
  if (original.status === "DEPRECATED") {
    throw new AppError("INVALID_STATE", "templates.translations.refusals.originalDeprecated");
  }
  const group = [original, ...original.translations];
  if (!freeTranslationLanguages([input.language], group).includes(input.language)) {
    throw new AppError("VALIDATION", "templates.translations.refusals.languageTaken", "language");
  }
  const copied = source.published[0]
    ? {
        number: source.published[0].number,
        content: await getPublishedContent(tx, viewer, source.id, source.published[0].number),
      }
    : { number: source.draft?.number ?? null, content: source.draft?.content ?? null };
  if (!copied.content) throw new AppError("INVALID_STATE", "templates.translations.errors.nothingToCopy");

  await ensureTemplateNameFree(tx, viewer.organisation.id, input.name);
  const created = await tx.tenderTemplate.create({
    data: {
      organisationId: viewer.organisation.id,
      slug: await freeSlug(tx, input.name),
      name: input.name,
      language: input.language,
      translationOfId: original.id,
      origin: (source.origin ?? undefined) as Prisma.InputJsonValue | undefined,
      createdById: viewer.userId,
      versions: { create: { number: 1, ...versionColumns(input.name, copied.content) } },
    },
    select: { id: true, slug: true },
  });
  return {
    templateId: created.id,
    slug: created.slug,
    original: { id: original.id, name: original.name, language: original.language },
    copiedFrom: { templateId: source.id, version: copied.number, published: source.published.length > 0 },
  };
}
