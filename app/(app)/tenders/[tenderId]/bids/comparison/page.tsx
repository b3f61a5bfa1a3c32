import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/permissions";
import { ComparisonCharts } from "./comparison-charts";
import { ComparisonTable } from "./comparison-table";
import { loadComparison } from "./load-comparison";
import { LotSelector } from "./lot-selector";

type Props = {
  params: Promise<{ tenderId: string }>;
  searchParams: Promise<{ lot?: string | string[] }>;
};

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ tenderId }, query] = await Promise.all([params, searchParams]);
  const [{ tender, lotKey }, t] = await Promise.all([
    loadComparison(tenderId, firstValue(query.lot)),
    getTranslations("bidComparison"),
  ]);
  const title = lotKey ? t("titleLot", { key: lotKey }) : t("title");
  return { title: `${title} · ${tender.reference}` };
}

/**
 * The automatic assessment of a tender's opened bids side by side (one lot at a time), with the
 * cost charts. Before the opening it says the bids are sealed, and nothing else.
 */
export default async function BidComparisonPage({ params, searchParams }: Props) {
  const [{ tenderId }, query] = await Promise.all([params, searchParams]);
  const { viewer, tender, lotKey, result } = await loadComparison(tenderId, firstValue(query.lot));
  const [t, format] = await Promise.all([getTranslations("bidComparison"), getFormatter()]);
  const back = can(viewer.roles, "bid.register")
    ? { href: `/tenders/${tender.id}/bids`, label: t("back") }
    : { href: "/evaluations", label: t("backToEvaluations") };
  const lot = tender.lots.find((candidate) => candidate.key === lotKey);

  return (
    <div className="max-w-6xl">
      <Link href={back.href} className="mb-6 inline-block">
        {back.label}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={lot ? t("titleLot", { key: lot.key }) : t("title")}
        lead={t("lead")}
      />
      {lot ? <LotSelector tenderId={tender.id} lots={tender.lots} current={lot.key} /> : null}
      {result.state === "SEALED" ? (
        <Notice title={t("sealedTitle")}>
          <p className="mb-2">{t("sealedBody")}</p>
          <Link href={`/tenders/${tender.id}/bids/opening`}>{t("toOpening")}</Link>
        </Notice>
      ) : result.assessment.bids.length === 0 ? (
        <p className="mb-8">{lot ? t("noBidsLot", { key: lot.key }) : t("noBids")}</p>
      ) : (
        <>
          <p className="mb-4 max-w-3xl">
            {t("settings", {
              rate: format.number(result.settings.discountRatePercent, { maximumFractionDigits: 2 }),
              horizon: result.settings.tcoHorizonYears,
              exit: result.settings.lastYear,
            })}
          </p>
          <ComparisonTable tenderId={tender.id} bids={result.assessment.bids} currency={tender.currency} />
          <p className="mb-10 max-w-3xl text-muted">{t("notARanking")}</p>
          <ComparisonCharts bids={result.assessment.bids} settings={result.settings} currency={tender.currency} />
        </>
      )}
    </div>
  );
}
