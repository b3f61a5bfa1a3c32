import { getFormatter, getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { TemplateVersionSummary } from "@/lib/server/templates/template-dto";

/** The published versions, newest first: when, what changed, and the exchange file of each. */
export async function VersionList({ slug, versions }: { slug: string; versions: TemplateVersionSummary[] }) {
  const [t, format] = await Promise.all([getTranslations("templates.versions"), getFormatter()]);
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="mb-4">
        {t("heading")}
      </h2>
      {versions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead columns={[t("number"), t("published"), t("changelog"), t("export")]} />
          <tbody>
            {versions.map((version) => (
              <tr key={version.number} className="border-b border-line align-top">
                <td className="py-3 pr-4">{t("version", { number: version.number })}</td>
                <td className="py-3 pr-4">{format.dateTime(version.publishedAt, { dateStyle: "medium" })}</td>
                <td className="py-3 pr-4 whitespace-pre-line">{version.changelog}</td>
                <td className="py-3">
                  <a href={`/api/template-export?slug=${encodeURIComponent(slug)}&version=${version.number}`} download>
                    {t("download", { number: version.number })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
