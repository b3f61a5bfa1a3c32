import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AutomaticOpennessSection } from "@/components/evaluation/automatic-openness-section";
import { AwardStatus } from "@/components/evaluation/award-status";
import { EvaluationCharts } from "@/components/evaluation/evaluation-charts";
import { EvaluationNotReady } from "@/components/evaluation/evaluation-not-ready";
import { GatesSection } from "@/components/evaluation/gates-section";
import { LotNavigation } from "@/components/evaluation/lot-navigation";
import { RankReversalSection } from "@/components/evaluation/rank-reversal-section";
import { RankingSection } from "@/components/evaluation/ranking-section";
import { SensitivitySection } from "@/components/evaluation/sensitivity-section";
import { PageHeading } from "@/components/ui/page-heading";
import { mayReadEveryScore } from "@/lib/server/evaluation/result-access";
import { chosenLot, loadEvaluationPage } from "../load-evaluation-page";

type Props = { params: Promise<{ tenderId: string }>; searchParams: Promise<{ lot?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [page, t] = await Promise.all([loadEvaluationPage((await params).tenderId), getTranslations("evaluationResults")]); // prettier-ignore
  return { title: `${t("rankingTitle")} · ${page.context.tender.reference}` };
}

/**
 * The ranking of one lot (or of the tender without lots), once the evaluation is complete: the
 * gates first, then the weighted totals and any tie, the openness points the tender computes
 * automatically with their inputs, the charts, the sensitivity of the winner to
 * the weights and, for relative cost formulas, the rank-reversal check. Before that, what is
 * still missing.
 */
export default async function RankingPage({ params, searchParams }: Props) {
  const [{ tenderId }, { lot: askedLot }] = await Promise.all([params, searchParams]);
  const page = await loadEvaluationPage(tenderId);
  const t = await getTranslations("evaluationResults");
  const { tender, role } = page.context;
  const back = role === "LEAD" ? { href: `/tenders/${tender.id}`, label: t("backToTender") } : { href: "/evaluations", label: t("backToEvaluations") }; // prettier-ignore
  const heading = (
    <>
      <Link href={back.href} className="mb-6 inline-block">
        {back.label}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("rankingTitle")}
        lead={t("rankingLead")}
      />
    </>
  );
  if (!page.ready) {
    return (
      <div className="max-w-5xl">
        {heading}
        <EvaluationNotReady readiness={page.context.readiness} problems={page.problems} />
      </div>
    );
  }

  const { view, evaluation } = page;
  const lot = chosenLot(view.lots, askedLot);
  const decision = evaluation.decisions.find((entry) => entry.lotKey === lot.lotKey);
  const lotQuery = lot.lotKey ? `?lot=${encodeURIComponent(lot.lotKey)}` : "";
  return (
    <div className="max-w-5xl">
      {heading}
      <LotNavigation
        lots={view.lots}
        current={lot.lotKey}
        href={(key) => `/tenders/${tender.id}/evaluation/ranking?lot=${encodeURIComponent(key)}`}
      />
      {lot.lotKey ? (
        <h2 className="mb-6 text-2xl">{t("lotHeading", { key: lot.lotKey, title: lot.lotTitle ?? "" })}</h2>
      ) : null}
      <AwardStatus
        tenderId={tender.id}
        lot={lot}
        decision={decision}
        canDecide={role === "LEAD" && tender.status === "EVALUATION"}
      />
      {mayReadEveryScore(role) ? (
        <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`/tenders/${tender.id}/evaluation/report${lotQuery}`}>{t("reportLink")}</Link>
          </li>
          <li>
            <a href={`/api/evaluation-file?tender=${encodeURIComponent(tender.id)}`} download>
              {t("fileLink")}
            </a>
          </li>
        </ul>
      ) : null}
      <GatesSection view={view} lot={lot} currency={tender.currency} />
      <RankingSection view={view} lot={lot} currency={tender.currency} />
      <AutomaticOpennessSection view={view} lot={lot} />
      <EvaluationCharts view={view} lot={lot} currency={tender.currency} />
      <SensitivitySection view={view} lot={lot} currency={tender.currency} />
      <RankReversalSection lot={lot} />
    </div>
  );
}
