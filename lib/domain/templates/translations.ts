import type { TemplateStatus } from "./lifecycle";

/**
 * Translations of a template (TenderTemplate.translationOfId). A template is written in one
 * language; its translations are templates of their own, each pointing to the one original. The
 * links form flat groups, an original and its translations, never chains: an original is not
 * itself a translation, and a template that others translate cannot become a translation. That
 * rules out cycles by construction, and keeps "Also available in" on every page of the group the
 * same list. One translation per language, in a language other than the original's.
 *
 * An OSPO links only templates of its own organisation: a link shows on the public pages of both
 * templates, so another authority could otherwise attach its template to someone else's page.
 */
export type TranslationMember = {
  id: string;
  organisationId: string;
  language: string;
  status: TemplateStatus;
  /** The original it translates; null for an original (or a template of no group). */
  translationOfId: string | null;
};

/** Why a link is refused, as a message code under `templates.translations.refusals`. */
export type TranslationRefusal =
  | "self"
  | "otherOrganisation"
  | "originalIsTranslation"
  | "hasTranslations"
  | "sameLanguage"
  | "languageTaken"
  | "originalDeprecated";

/**
 * Null when `template` may be declared a translation of `original`, else why not.
 * `originalTranslations` are the templates already translating the original, and
 * `templateTranslationCount` how many templates translate `template` itself.
 */
export function translationLinkRefusal({
  template,
  original,
  originalTranslations,
  templateTranslationCount,
}: {
  template: TranslationMember;
  original: TranslationMember;
  originalTranslations: readonly TranslationMember[];
  templateTranslationCount: number;
}): TranslationRefusal | null {
  if (template.id === original.id) return "self";
  if (template.organisationId !== original.organisationId) return "otherOrganisation";
  if (original.translationOfId !== null) return "originalIsTranslation";
  if (templateTranslationCount > 0) return "hasTranslations";
  if (original.status === "DEPRECATED") return "originalDeprecated";
  if (template.language === original.language) return "sameLanguage";
  const taken = originalTranslations.some(
    (translation) => translation.id !== template.id && translation.language === template.language,
  );
  return taken ? "languageTaken" : null;
}

/**
 * The languages a new translation of the group may be written in: those the original and its
 * translations do not have yet, in the order given.
 */
export function freeTranslationLanguages<Language extends string>(
  languages: readonly Language[],
  group: readonly Pick<TranslationMember, "language">[],
): Language[] {
  const taken = new Set(group.map((member) => member.language));
  return languages.filter((language) => !taken.has(language));
}
