import { getTranslations } from "next-intl/server";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/domain/documents/formats";

/** What is exported: a tender's documents, an award report, or one version of a template. */
export type ExportedThing =
  | { kind: "tender" }
  | { kind: "awardReport" }
  /** A draft has no exchange file (JSON) until it is published, so its list leaves JSON out. */
  | { kind: "template"; version: number; draft: boolean };

/**
 * The export formats with what each is for and a plain download link (it works without
 * JavaScript: the route answers with the file).
 */
export async function ExportFormats({
  baseHref,
  labelledBy,
  ...exported
}: ExportedThing & {
  /** The export route; `?format=…` (and a template's `version=…`) is added per format. */
  baseHref: string;
  /** The id of the heading that names the list. */
  labelledBy: string;
}) {
  const t = await getTranslations("exports");
  const template = exported.kind === "template" ? exported : null;
  const formats = template?.draft ? EXPORT_FORMATS.filter((format) => format !== "json") : EXPORT_FORMATS;
  const description = (format: ExportFormat) =>
    format === "json" && exported.kind === "awardReport"
      ? t("awardReport.json")
      : format === "json" && template
        ? t("template.json")
        : t(`formats.${format}.description`);
  const linkText = (format: ExportFormat) => {
    const name = t(`formats.${format}.short`);
    if (template) return t(template.draft ? "template.downloadDraft" : "template.downloadVersion", { number: template.version, format: name }); // prettier-ignore
    return t(exported.kind === "tender" ? "downloadTender" : "downloadReport", { format: name });
  };
  const href = (format: ExportFormat) =>
    `${baseHref}?${new URLSearchParams({ ...(template ? { version: String(template.version) } : {}), format })}`;
  return (
    <ul aria-labelledby={labelledBy} className="mb-8 border-t border-line">
      {formats.map((format) => (
        <li key={format} className="grid gap-2 border-b border-line py-4 sm:grid-cols-4 sm:gap-4">
          <p className="font-semibold">{t(`formats.${format}.name`)}</p>
          <p className="sm:col-span-2">{description(format)}</p>
          <p>
            <a href={href(format)} download>
              {linkText(format)}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
