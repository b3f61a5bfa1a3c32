import { findLibraryClause } from "@/lib/domain/clauses/library";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/** One row per chosen clause: its title in the reader's language and the version chosen. */
export function clausesRows(tender: TenderDto, { t, locale }: Formatters): Row[] {
  if (tender.clauses.length === 0) return [{ key: "clauses", value: null }];
  return tender.clauses.map((chosen) => {
    const clause = findLibraryClause(chosen.key);
    return {
      key: chosen.key,
      label: clause?.content[locale].title ?? chosen.key,
      value: t("review.clauseVersion", { version: chosen.version }),
    };
  });
}
