import { procedureNeedsGround } from "@/lib/domain/tender/procedures";
import { TIMELINE_DATES } from "@/lib/domain/tender/tender-enums";
import type { TenderSection } from "@/lib/domain/tender/tender-tasks";
import type { Locale } from "@/lib/i18n/config";
import { findCpv } from "@/lib/server/cpv/cpv-index";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";

import { clausesRows } from "./clauses/summary-rows";
import { criteriaRows } from "./criteria/summary-rows";
import { lotsRows } from "./lots/summary-rows";
import { phasesRows } from "./phases/summary-rows";
import { requirementsRows } from "./requirements/summary-rows";
import { RowValue } from "./row-value";
import { sovereigntyRows } from "./sovereignty/summary-rows";
import { loadSummaryFormatters } from "./summary-formatters";
import type { Formatters, Row } from "./summary-row";

const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "Français", de: "Deutsch" };

const text = (value: string) => (value.trim() === "" ? null : value);

function cpv(code: string, locale: Locale): string {
  const entry = findCpv(code);
  return entry ? `${entry.code8}-${entry.checkDigit} ${entry.labels[locale]}` : code;
}

export function calendarDay(value: string | null, { format }: Formatters): string | null {
  // Stored as calendar days (YYYY-MM-DD): shown as that day, whatever the server's time zone.
  return value ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : null;
}

/**
 * What the reviewer reads for each section: the saved answers, one row per field. Every section
 * of the task list must say what it shows here, so nothing is left out of the review.
 */
const SECTION_ROWS: Record<TenderSection, (tender: TenderDto, f: Formatters) => Row[]> = {
  about: (tender, { t }) => [
    { key: "title", value: text(tender.title) },
    { key: "reference", value: tender.reference },
    { key: "summary", value: text(tender.summary) },
    { key: "contractNature", value: tender.contractNature ? t(`nature.${tender.contractNature}.name`) : null },
    { key: "documentsLanguage", value: LANGUAGE_NAMES[tender.documentsLanguage] ?? tender.documentsLanguage },
  ],
  procedure: (tender, { t }) => [
    { key: "procedureType", value: tender.procedureType ? t(`procedure.${tender.procedureType}.name`) : null },
    ...(tender.procedureGround || (tender.procedureType && procedureNeedsGround(tender.procedureType))
      ? [
          {
            key: "procedureGround",
            value: tender.procedureGround
              ? t.has(`grounds.${tender.procedureGround}`)
                ? t(`grounds.${tender.procedureGround}`)
                : tender.procedureGround
              : null,
          },
        ]
      : []),
  ],
  scope: (tender, f) => [
    { key: "mainCpv", value: tender.mainCpv ? cpv(tender.mainCpv, f.locale) : null },
    {
      key: "additionalCpvs",
      value: tender.additionalCpvs.length > 0 ? tender.additionalCpvs.map((code) => cpv(code, f.locale)) : null,
    },
    {
      key: "estimatedValue",
      value:
        tender.estimatedValueCents === null
          ? null
          : f.format.number(tender.estimatedValueCents / 100, { style: "currency", currency: tender.currency }),
    },
    {
      key: "durationMonths",
      value: tender.durationMonths === null ? null : f.t("review.months", { count: tender.durationMonths }),
    },
    { key: "renewalOptions", value: text(tender.renewalOptions) },
  ],
  lots: lotsRows,
  criteria: criteriaRows,
  requirements: requirementsRows,
  clauses: clausesRows,
  sovereignty: sovereigntyRows,
  phases: phasesRows,
  // Two-stage dates only where they were given: single-stage procedures have none.
  timeline: (tender, f) =>
    TIMELINE_DATES.filter(
      (key) => tender[key] !== null || (key !== "requestsDeadline" && key !== "invitationDate"),
    ).map((key) => ({ key, value: calendarDay(tender[key], f) })),
};

/** One section's rows for any version of the tender: the live one, or a revision's (the history and the corrigenda compare them). */
export function sectionRows(tender: TenderDto, section: TenderSection, f: Formatters): Row[] {
  return SECTION_ROWS[section](tender, f);
}

/** A "check your answers" list of one section; empty answers say "Not provided". */
export async function SectionSummary({ tender, section }: { tender: TenderDto; section: TenderSection }) {
  const formatters = await loadSummaryFormatters([tender]);
  const { t } = formatters;
  const rows = sectionRows(tender, section, formatters);
  return (
    <dl className="mb-6 border-t border-line">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 border-b border-line py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{row.label ?? t(`review.fields.${row.key}`)}</dt>
          <dd className="sm:col-span-2">
            <RowValue value={row.value} markdown={row.markdown} notProvided={t("review.notProvided")} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
