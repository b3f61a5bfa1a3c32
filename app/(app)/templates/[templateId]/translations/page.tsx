import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { refusalOf } from "@/lib/domain/templates/lifecycle";
import { getDb } from "@/lib/server/db";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { freeLanguagesFor, originalChoices } from "@/lib/server/templates/translations/translation-choices";
import { LinkTranslationForm } from "./link-translation-form";
import { StartTranslationForm } from "./start-translation-form";
import { TranslationStatus } from "./translation-status";
import { UnlinkTranslationForm } from "./unlink-translation-form";

type Props = {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.translations");
  return { title: t("title") };
}

/**
 * The template's translations: where it stands (an original, a translation, or neither), and the
 * three things an OSPO may do: declare it a translation of another template of the organisation,
 * remove that link, or start a new translation as a copy to translate.
 */
export default async function TemplateTranslationsPage({ params, searchParams }: Props) {
  const { viewer, template } = await requireTemplate((await params).templateId);
  const saved = (await searchParams).saved;
  const t = await getTranslations("templates");
  const refusal = refusalOf("translate", template.lifecycle);
  const [choices, languages] = refusal
    ? [[], []]
    : await Promise.all([originalChoices(getDb(), viewer, template), freeLanguagesFor(getDb(), viewer, template)]);
  const hasContent = template.published.length > 0 || template.draft !== null;
  const otherOrganisationsOriginal = template.translationOf?.ownOrganisation === false;

  return (
    <div className="max-w-3xl">
      <Link href={`/templates/${template.id}`} className="mb-6 inline-block">
        {t("builder.back", { name: template.name })}
      </Link>
      <PageHeading title={t("translations.title")} caption={template.name} lead={t("translations.lead")} />
      {saved === "linked" || saved === "unlinked" ? (
        <Notice tone="success" title={t(`translations.saved.${saved}`)} live />
      ) : null}
      <TranslationStatus template={template} />
      {refusal ? (
        <Notice title={t(`lifecycle.${refusal}`)} />
      ) : (
        <>
          {template.translationOf ? (
            <section aria-labelledby="unlink-heading" className="mb-10">
              <h2 id="unlink-heading" className="mb-2 text-xl">
                {t("translations.unlinkHeading")}
              </h2>
              <p className="mb-4">{t("translations.unlinkLead", { name: template.translationOf.name })}</p>
              <UnlinkTranslationForm templateId={template.id} version={template.version} />
            </section>
          ) : null}
          <section aria-labelledby="link-heading" className="mb-10">
            <h2 id="link-heading" className="mb-2 text-xl">
              {t(template.translationOf ? "translations.relinkHeading" : "translations.linkHeading")}
            </h2>
            {template.translations.length > 0 ? (
              <p>{t("translations.isOriginal")}</p>
            ) : choices.length === 0 ? (
              <p>{t("translations.noChoices", { language: t(`languages.${template.language}` as "languages.en") })}</p>
            ) : (
              <LinkTranslationForm
                templateId={template.id}
                version={template.version}
                choices={choices.map((choice) => ({
                  id: choice.id,
                  label: t("translations.choice", {
                    name: choice.name,
                    language: t(`languages.${choice.language}` as "languages.en"),
                  }),
                }))}
              />
            )}
          </section>
          <section aria-labelledby="start-heading" className="mb-10">
            <h2 id="start-heading" className="mb-2 text-xl">
              {t("translations.startHeading")}
            </h2>
            {!hasContent ? (
              <p>{t("translations.errors.nothingToCopy")}</p>
            ) : languages.length === 0 ? (
              <p>
                {t(otherOrganisationsOriginal ? "translations.errors.originalElsewhere" : "translations.noLanguages")}
              </p>
            ) : (
              <>
                <p className="mb-4">
                  {t(template.published.length > 0 ? "translations.startLead" : "translations.startLeadDraft", {
                    name: template.name,
                  })}
                </p>
                <StartTranslationForm templateId={template.id} languages={languages} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
