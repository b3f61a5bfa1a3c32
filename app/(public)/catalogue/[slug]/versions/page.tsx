import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { loadTemplatePage } from "../load-template-page";
import { templateMetadata } from "../template-metadata";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { template } = await loadTemplatePage(slug);
  const t = await getTranslations("catalogue.versions");
  return templateMetadata(template, {
    title: t("title", { name: template.version.name }),
    path: `/catalogue/${slug}/versions`,
  });
}

/** Every published version of a template, newest first, with what changed and when. */
export default async function TemplateVersionsPage({ params }: Props) {
  const { slug } = await params;
  const [{ template, contentLocale }, t, format] = await Promise.all([
    loadTemplatePage(slug),
    getTranslations("catalogue.versions"),
    getFormatter(),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/catalogue/${slug}`}>{t("back", { name: template.version.name })}</Link>
      </p>
      <PageHeading
        title={t("title", { name: template.version.name })}
        caption={template.publisher.name}
        lead={t("lead")}
      />
      {template.versions.length > 1 ? (
        <p className="mb-6">
          <Link href={`/catalogue/${slug}/compare`}>{t("compareLatest")}</Link>
        </p>
      ) : null}
      <ol className="border-t border-line">
        {template.versions.map((version, index) => {
          const previous = template.versions[index + 1];
          return (
            <li key={version.number} className="border-b border-line py-5">
              <h2 className="mb-1 text-xl">{t("versionHeading", { number: version.number })}</h2>
              <p className="text-muted mb-2">
                {t("published", { date: format.dateTime(version.publishedAt, { dateStyle: "long" }) })}
                {index === 0 ? ` · ${t("latest")}` : null}
              </p>
              {previous && previous.name !== version.name ? (
                <p lang={contentLocale} className="mb-2">
                  {t("renamed", { name: version.name })}
                </p>
              ) : null}
              <h3 className="sr-only">{t("changelog")}</h3>
              <p lang={contentLocale} className="mb-3 max-w-3xl whitespace-pre-line">
                {version.changelog || t("noChangelog")}
              </p>
              <ul className="flex flex-wrap gap-x-6 gap-y-2">
                <li>
                  <Link href={`/catalogue/${slug}/versions/${version.number}`}>
                    {t("read", { number: version.number })}
                  </Link>
                </li>
                {previous ? (
                  <li>
                    <Link href={`/catalogue/${slug}/compare?from=${previous.number}&to=${version.number}`}>
                      {t("compareWith", { number: version.number, previous: previous.number })}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
