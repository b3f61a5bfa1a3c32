import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TemplateDto, TemplateTranslationLink } from "@/lib/server/templates/template-dto";

/**
 * Where the template stands among its translations, in one or two sentences: the translation of
 * which original, translated into which languages, or on its own. Shared by the overview and the
 * translations page.
 */
export async function TranslationStatus({ template, compact = false }: { template: TemplateDto; compact?: boolean }) {
  const t = await getTranslations("templates");
  const language = (code: string) => (t.has(`languages.${code}`) ? t(`languages.${code}` as "languages.en") : code);
  const linkTo = (link: TemplateTranslationLink) =>
    link.ownOrganisation ? (
      <Link href={`/templates/${link.id}`} lang={link.language}>
        {link.name}
      </Link>
    ) : (
      <span lang={link.language}>{link.name}</span>
    );
  return (
    <div className={compact ? "" : "mb-8"} data-testid="translation-status">
      {template.translationOf ? (
        <p className={compact ? "" : "mb-2"}>
          {t("translations.statusTranslation", { language: language(template.language) })}{" "}
          {linkTo(template.translationOf)} ({language(template.translationOf.language)}
          {template.translationOf.ownOrganisation ? "" : `, ${t("translations.otherOrganisation")}`})
        </p>
      ) : null}
      {template.translations.length > 0 ? (
        <>
          <p>{t("translations.statusOriginal", { count: template.translations.length })}</p>
          <ul className="list-disc pl-6">
            {template.translations.map((translation) => (
              <li key={translation.id}>
                {linkTo(translation)} ({language(translation.language)}
                {translation.ownOrganisation ? "" : `, ${t("translations.otherOrganisation")}`})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!template.translationOf && template.translations.length === 0 ? <p>{t("translations.statusNone")}</p> : null}
    </div>
  );
}
