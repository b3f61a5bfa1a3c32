import "server-only";
import { freeTranslationLanguages, translationLinkRefusal } from "@/lib/domain/templates/translations";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import type { TemplateDto } from "../template-dto";

const MEMBER_SELECT = {
  id: true,
  name: true,
  organisationId: true,
  language: true,
  status: true,
  translationOfId: true,
} as const;

/**
 * The templates of the viewer's organisation this one may be declared a translation of, by the
 * same rule the action applies (translationLinkRefusal), so the list offers nothing it refuses.
 */
export async function originalChoices(
  db: DbClient,
  viewer: Viewer,
  template: TemplateDto,
): Promise<{ id: string; name: string; language: string }[]> {
  const candidates = await db.tenderTemplate.findMany({
    where: { organisationId: viewer.organisation.id, translationOfId: null, NOT: { id: template.id } },
    select: { ...MEMBER_SELECT, translations: { select: MEMBER_SELECT } },
    orderBy: { name: "asc" },
  });
  const member = {
    id: template.id,
    organisationId: viewer.organisation.id,
    language: template.language,
    status: template.status,
    translationOfId: template.translationOf?.id ?? null,
  };
  return candidates
    .filter(
      (original) =>
        translationLinkRefusal({
          template: member,
          original,
          originalTranslations: original.translations,
          templateTranslationCount: template.translations.length,
        }) === null,
    )
    .map(({ id, name, language }) => ({ id, name, language }));
}

/**
 * The languages a new translation started from this template may take: those its group (the
 * original and the original's translations) does not have yet. None when the original belongs to
 * another organisation (the viewer cannot add to that group).
 */
export async function freeLanguagesFor(db: DbClient, viewer: Viewer, template: TemplateDto): Promise<Locale[]> {
  const original = template.translationOf;
  if (!original) return freeTranslationLanguages(LOCALES, [template, ...template.translations]);
  if (!original.ownOrganisation) return [];
  const translations = await db.tenderTemplate.findMany({
    where: { translationOfId: original.id },
    select: { language: true },
  });
  return freeTranslationLanguages(LOCALES, [original, ...translations]);
}
