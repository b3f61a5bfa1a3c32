import { getTranslations } from "next-intl/server";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/domain/documents/formats";

/**
 * The export formats with what each is for and a plain download link (it works without
 * JavaScript: the route answers with the file). A format whose renderer is not in yet is listed,
 * marked as not available, so people know it is coming.
 */
export async function ExportFormats({
  baseHref,
  kind,
  labelledBy,
}: {
  /** The export route; `?format=…` is added per format. */
  baseHref: string;
  kind: "tender" | "awardReport";
  /** The id of the heading that names the list. */
  labelledBy: string;
}) {
  const t = await getTranslations("exports");
  const description = (format: ExportFormat) =>
    kind === "awardReport" && format === "json" ? t("awardReport.json") : t(`formats.${format}.description`);
  return (
    <ul aria-labelledby={labelledBy} className="mb-8 border-t border-line">
      {EXPORT_FORMATS.map((format) => (
        <li key={format} className="grid gap-2 border-b border-line py-4 sm:grid-cols-4 sm:gap-4">
          <p className="font-semibold">{t(`formats.${format}.name`)}</p>
          <p className="sm:col-span-2">{description(format)}</p>
          <p>
            <a href={`${baseHref}?format=${format}`} download>
              {t(kind === "tender" ? "downloadTender" : "downloadReport", { format: t(`formats.${format}.short`) })}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
