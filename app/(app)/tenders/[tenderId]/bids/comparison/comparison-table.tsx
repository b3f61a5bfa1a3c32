import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/bids/money";
import { LicenceClassBadge } from "@/components/licences/licence-class-badge";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import { SEAL_CODES, type SealLevel } from "@/lib/domain/tender/sovereignty";

/**
 * The bids side by side, one column per bid in the order received, one row per figure: costs
 * (internal costs apart), the exit line, licences, sovereignty, standards and the abnormally-low
 * flag. Warnings are said in words, with a symbol that screen readers skip.
 */
export async function ComparisonTable({
  tenderId,
  bids,
  currency,
}: {
  tenderId: string;
  bids: BidFullAssessmentView[];
  currency: string;
}) {
  const [t, tSeal, format] = await Promise.all([
    getTranslations("bidComparison"),
    getTranslations("tenders.sovereignty"),
    getFormatter(),
  ]);
  const money = (cents: number) => formatMoney(format, cents, currency);
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const sealName = (level: SealLevel) => tSeal("sealLevel", { level, name: tSeal(`seal.${SEAL_CODES[level]}.name`) });
  const warning = (text: string) => (
    <strong className="text-danger">
      <span aria-hidden="true">⚠ </span>
      {text}
    </strong>
  );

  const rows: { label: string; cell: (bid: BidFullAssessmentView) => ReactNode; group?: string }[] = [
    { label: t("rows.togetherDiscounted"), cell: (bid) => <strong>{money(bid.tco.combined.total.discountedCents)}</strong>, group: t("groups.costs") }, // prettier-ignore
    { label: t("rows.togetherNominal"), cell: (bid) => money(bid.tco.combined.total.nominalCents) },
    { label: t("rows.bidderDiscounted"), cell: (bid) => money(bid.tco.bidder.total.discountedCents) },
    { label: t("rows.internalDiscounted"), cell: (bid) => money(bid.tco.internal.total.discountedCents) },
    {
      label: t("rows.exitLine"),
      cell: (bid) =>
        bid.tco.problems.some((problem) => problem.code === "tco.exitMissing") ? warning(t("exitMissing")) : t("exitStated"), // prettier-ignore
    },
    {
      label: t("rows.licenceClass"),
      group: t("groups.licences"),
      cell: (bid) =>
        bid.licenceSummary.overallClass ? <LicenceClassBadge licenceClass={bid.licenceSummary.overallClass} /> : t("noComponents"), // prettier-ignore
    },
    {
      label: t("rows.openSourceClaim"),
      cell: (bid) =>
        bid.licenceSummary.claimFlagged
          ? warning(t(`claim.${bid.licenceSummary.claimStatus}`))
          : t(`claim.${bid.licenceSummary.claimStatus}`),
    },
    {
      label: t("rows.deliverables"),
      cell: (bid) =>
        t("deliverables", { attention: bid.licenceSummary.deliverablesNeedingAttention, count: bid.licences.deliverables.count }), // prettier-ignore
    },
    {
      label: t("rows.aiModels"),
      cell: (bid) =>
        bid.licenceSummary.aiModelCount === 0
          ? t("noAiModels")
          : t("aiModels", { restricted: bid.licenceSummary.aiModelsRestrictingUse, count: bid.licenceSummary.aiModelCount }), // prettier-ignore
    },
    {
      label: t("rows.gate"),
      group: t("groups.sovereignty"),
      cell: (bid) =>
        bid.sovereignty === null
          ? t("noProfile")
          : bid.sovereignty.gate === "PASSED"
            ? t("gate.PASSED")
            : warning(t(`gate.${bid.sovereignty.gate}`, { objectives: bid.sovereignty.failedObjectives.join(", ") })),
    },
    { label: t("rows.overallSeal"), cell: (bid) => (bid.sovereignty ? sealName(bid.sovereignty.overallSeal) : "–") },
    {
      label: t("rows.points"),
      cell: (bid) =>
        bid.sovereignty?.points != null
          ? t("points", {
              points: number(bid.sovereignty.points),
              weight: number(bid.sovereignty.criterionWeight ?? 0),
            })
          : "–",
    },
    {
      label: t("rows.standards"),
      group: t("groups.standards"),
      cell: (bid) =>
        bid.standards.coveragePercent === null ? t("noStandards") : t("coverage", { percent: number(bid.standards.coveragePercent) }), // prettier-ignore
    },
    {
      label: t("rows.abnormallyLow"),
      group: t("groups.abnormallyLow"),
      cell: (bid) => (bid.abnormallyLow.flagged ? warning(t("abnormallyLowFlagged")) : t("abnormallyLowNot")),
    },
  ];

  // Each row that names a group starts it; the rows after it belong to it.
  const groups: { name: string; rows: typeof rows }[] = [];
  for (const row of rows) {
    if (row.group) groups.push({ name: row.group, rows: [] });
    groups[groups.length - 1]!.rows.push(row);
  }

  return (
    <ScrollTable caption={t("tableCaption")} className="mb-4">
      <thead>
        <tr className="border-b-2 border-ink align-bottom">
          <th scope="col" className="py-2 pr-4">
            {t("figure")}
          </th>
          {bids.map((bid) => (
            <th key={bid.id} scope="col" className="min-w-48 py-2 pr-4">
              <Link href={`/tenders/${tenderId}/bids/${bid.id}/assessment`}>
                {t("bid", { number: bid.receiptNumber, bidder: bid.bidderName })}
              </Link>
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.name}>
          <tr className="border-b border-ink">
            <th scope="rowgroup" colSpan={bids.length + 1} className="bg-surface pt-4 pb-1 text-left">
              {group.name}
            </th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.label} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.label}
              </th>
              {bids.map((bid) => (
                <td key={bid.id} className="py-2 pr-4 tabular-nums">
                  {row.cell(bid)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </ScrollTable>
  );
}
