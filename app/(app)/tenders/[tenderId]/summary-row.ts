import type { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";

/**
 * One answer on the "check your answers" list: labelled by a translation key
 * (`tenders.review.fields.<key>`) or, for entries the drafter named (a lot, a requirement), by
 * that name; an empty value reads "Not provided".
 */
export type Row = { key: string; label?: string; value: string | string[] | null };

export type Formatters = {
  t: Awaited<ReturnType<typeof getTranslations<"tenders">>>;
  format: Awaited<ReturnType<typeof getFormatter>>;
  locale: Locale;
};

export function money(cents: number, currency: string, { format }: Formatters): string {
  return format.number(cents / 100, { style: "currency", currency });
}
