import "server-only";
import { translationLinkRefusal } from "@/lib/domain/templates/translations";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockTemplate } from "../template-lock";
import { lockTranslationLinks } from "./translation-lock";

const MEMBER_SELECT = {
  id: true,
  name: true,
  organisationId: true,
  language: true,
  status: true,
  translationOfId: true,
} as const;

/**
 * Declares the template a translation of `originalId`, another template of the viewer's
 * organisation (lib/domain/templates/translations.ts says which links are allowed). A template of
 * another organisation, or one that does not exist, is refused alike, so ids cannot be probed.
 * Under the template's optimistic lock; replaces a previous link.
 */
export async function linkTranslation(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; version: number; originalId: string },
) {
  await lockTranslationLinks(tx, viewer.organisation.id);
  const { template, version } = await lockTemplate(tx, viewer, input, "translate");
  const original = await tx.tenderTemplate.findFirst({
    where: { id: input.originalId, organisationId: viewer.organisation.id },
    select: { ...MEMBER_SELECT, translations: { select: MEMBER_SELECT } },
  });
  if (!original) throw new AppError("VALIDATION", "templates.translations.refusals.otherOrganisation", "originalId");
  const refusal = translationLinkRefusal({
    template: {
      id: template.id,
      organisationId: viewer.organisation.id,
      language: template.language,
      status: template.status,
      translationOfId: template.translationOf?.id ?? null,
    },
    original,
    originalTranslations: original.translations,
    templateTranslationCount: template.translations.length,
  });
  if (refusal) throw new AppError("VALIDATION", `templates.translations.refusals.${refusal}`, "originalId");
  await tx.tenderTemplate.update({ where: { id: template.id }, data: { translationOfId: original.id } });
  return {
    templateId: template.id,
    version,
    previous: template.translationOf ? { id: template.translationOf.id, name: template.translationOf.name } : null,
    original: { id: original.id, name: original.name, language: original.language },
  };
}

/** Removes the template's link to the original it translated; it becomes a template of its own. */
export async function unlinkTranslation(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; version: number },
) {
  await lockTranslationLinks(tx, viewer.organisation.id);
  const { template, version } = await lockTemplate(tx, viewer, input, "translate");
  const previous = template.translationOf;
  if (!previous) throw new AppError("INVALID_STATE", "templates.translations.errors.notATranslation");
  await tx.tenderTemplate.update({ where: { id: template.id }, data: { translationOfId: null } });
  return { templateId: template.id, version, previous: { id: previous.id, name: previous.name } };
}
