/** The "costLines" translations a year's label needs, from useTranslations or getTranslations. */
type CostLinesTranslator = (key: "yearStart" | "year" | "yearExit", values?: { year: number }) => string;

/**
 * A cost year as tables, charts and forms name it: "Year 0 (start)", "Year 2", "Year 4 (exit)".
 * `lastYear` is the tender's last year (horizon plus exit period); null when it has no horizon.
 */
export function costYearLabel(t: CostLinesTranslator, year: number, lastYear: number | null): string {
  if (year === 0) return t("yearStart");
  return lastYear !== null && year === lastYear ? t("yearExit", { year }) : t("year", { year });
}
