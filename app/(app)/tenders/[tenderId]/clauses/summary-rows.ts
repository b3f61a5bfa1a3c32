import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/** One row per chosen clause: its title, as the version the tender chose has it, and that version. */
export function clausesRows(tender: TenderDto, { t, locale, clauseVersions }: Formatters): Row[] {
  if (tender.clauses.length === 0) return [{ key: "clauses", value: null }];
  return tender.clauses.map((chosen) => {
    const clause = clauseVersions.get(chosenVersionKey(chosen.key, chosen.version));
    return {
      key: chosen.key,
      label: clause?.content[locale].title ?? chosen.key,
      value: t("review.clauseVersion", { version: chosen.version }),
    };
  });
}
