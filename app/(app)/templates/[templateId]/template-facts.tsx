import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { licenceKey } from "@/components/templates/licence-key";
import { SummaryList, type SummaryRow } from "@/components/ui/summary-list";
import type { TemplateDto } from "@/lib/server/templates/template-dto";
import { TranslationStatus } from "./translations/translation-status";

/**
 * What the template is: language, licence, public address, its translations, and, where they
 * apply, where it was imported from (the attribution its licence asks for) and why it was
 * deprecated.
 */
export async function TemplateFacts({ template }: { template: TemplateDto }) {
  const [t, format] = await Promise.all([getTranslations("templates"), getFormatter()]);
  const licence = template.draft?.content.licence ?? template.published[0]?.licence;
  const rows: SummaryRow[] = [
    { key: "language", label: t("fields.language"), value: t(`languages.${template.language}`) },
    ...(licence
      ? [{ key: "licence", label: t("fields.licence"), value: t(`licences.${licenceKey(licence)}.label`) }]
      : []),
    {
      key: "address",
      label: t("overview.address"),
      value:
        template.published.length > 0 ? (
          <Link href={`/catalogue/${template.slug}`}>{`/catalogue/${template.slug}`}</Link>
        ) : (
          t("overview.addressAfterPublication", { address: `/catalogue/${template.slug}` })
        ),
    },
  ];
  rows.push({
    key: "translations",
    label: t("translations.title"),
    value: (
      <>
        <TranslationStatus template={template} compact />
        <Link href={`/templates/${template.id}/translations`}>{t("translations.manageLink")}</Link>
      </>
    ),
  });
  if (template.origin) {
    const origin = template.origin;
    rows.push({
      key: "origin",
      label: t("overview.origin"),
      value: (
        <>
          {t("overview.originText", {
            publisher: origin.publisher,
            version: origin.version,
            licence: origin.licence,
            date: format.dateTime(new Date(origin.importedAt), { dateStyle: "medium" }),
          })}
          {origin.sourceUrl ? (
            <>
              {" "}
              <a href={origin.sourceUrl} rel="noopener noreferrer">
                {t("overview.originLink")}
              </a>
            </>
          ) : null}
        </>
      ),
    });
  }
  if (template.status === "DEPRECATED") {
    rows.push({
      key: "deprecation",
      label: t("overview.deprecated"),
      value: (
        <>
          {template.deprecatedAt ? format.dateTime(template.deprecatedAt, { dateStyle: "medium" }) : null}
          {" — "}
          {template.deprecationNote}
          {template.successor ? (
            <>
              {" "}
              {t("overview.successor")}{" "}
              <Link href={`/templates/${template.successor.id}`}>{template.successor.name}</Link>
            </>
          ) : null}
        </>
      ),
    });
  }
  return <SummaryList rows={rows} />;
}
