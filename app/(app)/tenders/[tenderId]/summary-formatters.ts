import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import type { Locale } from "@/lib/i18n/config";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { getDb } from "@/lib/server/db";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters } from "./summary-row";

/**
 * What the summary rows need to print one or more versions of a tender (the live one, revisions,
 * a corrigendum's before and after): the reader's language and formats, and the definitions of
 * every clause version those versions hold.
 */
export async function loadSummaryFormatters(
  tenders: readonly Partial<Pick<TenderDto, "clauses" | "clauseRemovals">>[],
): Promise<Formatters> {
  // The versions chosen, and those of the mandatory clauses removed, which their rows name.
  const chosen = new Map<string, Pick<ChosenClause, "key" | "version">>();
  const held = tenders.flatMap((tender) => [...(tender.clauses ?? []), ...(tender.clauseRemovals ?? [])]);
  for (const clause of held) {
    chosen.set(`${clause.key}@${clause.version}`, clause);
  }
  const [t, format, locale, clauseVersions] = await Promise.all([
    getTranslations("tenders"),
    getFormatter(),
    getLocale(),
    getChosenClauseVersions(
      getDb(),
      [...chosen.values()].map(({ key, version }) => ({ key, version, values: {} })),
    ),
  ]);
  return { t, format, locale: locale as Locale, clauseVersions };
}
