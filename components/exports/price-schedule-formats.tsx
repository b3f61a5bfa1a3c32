import { getTranslations } from "next-intl/server";
import { SPREADSHEET_FORMATS } from "@/lib/domain/documents/spreadsheet-formats";

/**
 * The price schedule annex in each spreadsheet format, with what each is for and a plain
 * download link (it works without JavaScript: the route answers with the file).
 */
export async function PriceScheduleFormats({ tenderId, labelledBy }: { tenderId: string; labelledBy: string }) {
  const t = await getTranslations("exports.priceSchedule");
  return (
    <ul aria-labelledby={labelledBy} className="mb-8 border-t border-line">
      {SPREADSHEET_FORMATS.map((format) => (
        <li key={format} className="grid gap-2 border-b border-line py-4 sm:grid-cols-4 sm:gap-4">
          <p className="font-semibold">{t(`formats.${format}.name`)}</p>
          <p className="sm:col-span-2">{t(`formats.${format}.description`)}</p>
          <p>
            <a href={priceScheduleHref(tenderId, format)} download>
              {t("download", { format: t(`formats.${format}.short`) })}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The address of the price schedule of a tender in one spreadsheet format. */
export function priceScheduleHref(tenderId: string, format: string): string {
  return `/api/exports/price-schedule/${tenderId}?format=${format}`;
}
