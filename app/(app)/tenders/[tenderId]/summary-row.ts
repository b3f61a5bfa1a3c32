import type { getFormatter, getTranslations } from "next-intl/server";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { Locale } from "@/lib/i18n/config";

/**
 * One answer on the "check your answers" list: labelled by a translation key
 * (`tenders.review.fields.<key>`) or, for entries the drafter named (a lot, a requirement), by
 * that name; an empty value reads "Not provided". `markdown` is text the drafter wrote in
 * Markdown (a criterion's description), printed formatted after the value.
 */
export type Row = { key: string; label?: string; value: string | string[] | null; markdown?: string };

export type Formatters = {
  t: Awaited<ReturnType<typeof getTranslations<"tenders">>>;
  format: Awaited<ReturnType<typeof getFormatter>>;
  locale: Locale;
  /**
   * The clause versions the tenders shown hold, by `key@version` (chosenVersionKey), loaded from
   * the library in the database: a clause reads as the version the tender chose, not as the
   * library's current one.
   */
  clauseVersions: ReadonlyMap<string, Clause>;
};

export function money(cents: number, currency: string, { format }: Formatters): string {
  return format.number(cents / 100, { style: "currency", currency });
}
