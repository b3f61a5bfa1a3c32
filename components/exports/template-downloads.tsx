import { getLocale, getTranslations } from "next-intl/server";
import { TEMPLATE_SCHEMA_PATH } from "@/lib/schemas/template-exchange";
import { ExportFormats } from "./export-formats";

/**
 * "Download this template": the template's versions as documents laid out like the tender
 * documents they prepare, each format with what it is for. One version (a catalogue page) is one
 * list under the section's heading; several (the builder: the draft and the latest published
 * version) get a heading each. The files are in the template's language, which the section names.
 */
export async function TemplateDownloads({
  slug,
  language,
  versions,
}: {
  slug: string;
  language: string;
  versions: readonly { number: number; draft: boolean }[];
}) {
  const [t, locale] = await Promise.all([getTranslations("exports.template"), getLocale()]);
  if (versions.length === 0) return null;
  const languageName = new Intl.DisplayNames([locale], { type: "language" }).of(language) ?? language;
  const baseHref = `/api/exports/template/${slug}`;
  const several = versions.length > 1;
  return (
    <section aria-labelledby="template-downloads-heading" className="mb-10 max-w-4xl">
      <h2 id="template-downloads-heading" className="mb-2">
        {t("heading")}
      </h2>
      <p className="mb-2 max-w-3xl">{t("lead")}</p>
      <p className="mb-4 max-w-3xl">{t("language", { language: languageName })}</p>
      {versions.map((version) => {
        // One version: its list is named by the section's heading; several: each by its own.
        const headingId = several ? `template-downloads-v${version.number}` : "template-downloads-heading";
        return (
          <div key={version.number}>
            {several ? (
              <h3 id={headingId} className="mb-1 text-xl">
                {t(version.draft ? "draftHeading" : "publishedHeading", { number: version.number })}
              </h3>
            ) : null}
            {version.draft ? <p className="mb-2 max-w-3xl">{t("draftLead")}</p> : null}
            <ExportFormats
              kind="template"
              version={version.number}
              draft={version.draft}
              baseHref={baseHref}
              labelledBy={headingId}
            />
          </div>
        );
      })}
      {versions.some((version) => !version.draft) ? (
        <p className="max-w-3xl">
          {t("schema")} <a href={TEMPLATE_SCHEMA_PATH}>{t("schemaLink")}</a>
        </p>
      ) : null}
    </section>
  );
}
