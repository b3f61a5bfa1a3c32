import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SummaryList, type SummaryRow } from "@/components/ui/summary-list";
import { isTemplateLicence, licenceMessageKey, TEMPLATE_LICENCE_TEXTS } from "@/lib/domain/templates/licence-texts";
import type { CatalogueTemplate } from "@/lib/server/catalogue/get-catalogue-template";
import { countryName, languageName } from "../display-names";

/** Who published the template, in which language, which version, under which licence, used how often. */
export async function TemplateFacts({ template }: { template: CatalogueTemplate }) {
  const [t, format, locale] = await Promise.all([getTranslations("catalogue.template"), getFormatter(), getLocale()]);
  const { version, publisher, origin } = template;
  const licence = version.licence;
  const rows: SummaryRow[] = [
    {
      key: "publisher",
      label: t("publisher"),
      value: t("publisherValue", { name: publisher.name, country: countryName(publisher.country, locale) }),
    },
    { key: "language", label: t("language"), value: languageName(template.language, locale) },
    {
      key: "version",
      label: t("version"),
      value: (
        <>
          {t("versionValue", {
            number: version.number,
            date: format.dateTime(version.publishedAt, { dateStyle: "long" }),
          })}{" "}
          <Link href={`/catalogue/${template.slug}/versions`}>
            {t("historyLink", { count: template.versions.length })}
          </Link>
        </>
      ),
    },
    {
      key: "licence",
      label: t("licence"),
      value: isTemplateLicence(licence) ? (
        <>
          {t(`licences.${licenceMessageKey(licence)}`, { publisher: origin?.publisher ?? publisher.name })}{" "}
          <a href={TEMPLATE_LICENCE_TEXTS[licence]} hrefLang="en" rel="license">
            {t("licenceText", { licence })}
          </a>
        </>
      ) : (
        licence
      ),
    },
    { key: "usage", label: t("usage"), value: t("usageValue", { count: template.usageCount }) },
  ];
  if (template.translations.length > 0) {
    rows.push({
      key: "translations",
      label: t("translations"),
      value: (
        <ul>
          {template.translations.map((translation) => (
            <li key={translation.slug}>
              <Link href={`/catalogue/${translation.slug}`} hrefLang={translation.language}>
                <span lang={translation.language}>{translation.name}</span>
              </Link>{" "}
              ({languageName(translation.language, locale)}
              {translation.isOriginal ? `, ${t("original")}` : ""})
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (origin) {
    rows.push({
      key: "origin",
      label: t("origin"),
      value: (
        <>
          {t("originValue", {
            publisher: origin.publisher,
            version: origin.version,
            date: format.dateTime(new Date(origin.importedAt), { dateStyle: "long" }),
          })}
          {origin.sourceUrl && /^https?:\/\//.test(origin.sourceUrl) ? (
            <>
              {" "}
              <a href={origin.sourceUrl} rel="nofollow">
                {t("originLink")}
              </a>
            </>
          ) : null}
        </>
      ),
    });
  }
  return <SummaryList rows={rows} />;
}
