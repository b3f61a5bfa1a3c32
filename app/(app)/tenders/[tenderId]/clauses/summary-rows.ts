import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/**
 * One row per chosen clause: its title, as the version the tender chose has it, and that version.
 * Then one row per mandatory clause removed, with the justification, who and when: the reviewer
 * reads why a clause every tender should have is missing.
 */
export function clausesRows(tender: TenderDto, { t, format, locale, clauseVersions }: Formatters): Row[] {
  const titleOf = (key: string, version: number) =>
    clauseVersions.get(chosenVersionKey(key, version))?.content[locale].title ?? key;
  const chosen: Row[] =
    tender.clauses.length === 0
      ? [{ key: "clauses", value: null }]
      : tender.clauses.map(({ key, version }) => ({
          key,
          label: titleOf(key, version),
          value: t("review.clauseVersion", { version }),
        }));
  // Revisions stored before removals were recorded have none.
  const removed: Row[] = (tender.clauseRemovals ?? []).map((removal) => ({
    key: `removed:${removal.key}`,
    label: t("review.mandatoryClauseRemoved", { title: titleOf(removal.key, removal.version) }),
    value: t("review.mandatoryClauseRemovedValue", {
      justification: removal.justification,
      name: removal.userName,
      date: format.dateTime(new Date(removal.at), { dateStyle: "long" }),
    }),
  }));
  return [...chosen, ...removed];
}
