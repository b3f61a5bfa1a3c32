import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AutomaticOpennessSection } from "@/components/evaluation/automatic-openness-section";
import { EvaluationNotReady } from "@/components/evaluation/evaluation-not-ready";
import { ExportFormats } from "@/components/exports/export-formats";
import { LongExportSection } from "@/components/exports/long-export-section";
import { GatesSection } from "@/components/evaluation/gates-section";
import { RankReversalSection } from "@/components/evaluation/rank-reversal-section";
import { RankingSection } from "@/components/evaluation/ranking-section";
import { bidName } from "@/components/evaluation/section-heading";
import { SensitivitySection } from "@/components/evaluation/sensitivity-section";
import { PageHeading } from "@/components/ui/page-heading";
import { getDb } from "@/lib/server/db";
import { mayReadEveryScore } from "@/lib/server/evaluation/result-access";
import { loadAwardReport } from "@/lib/server/evaluation/load-award-report";
import { listExportJobs } from "@/lib/server/exports/jobs/read-export-job";
import { loadEvaluationPage } from "../load-evaluation-page";
import { PrintButton } from "./print-button";
import { ReportAuditTrail } from "./report-audit-trail";
import { ReportBidAssessment } from "./report-bid-assessment";
import { ReportBidScores } from "./report-bid-scores";
import { ReportCriteria } from "./report-criteria";
import { ReportDeclarations } from "./report-declarations";
import { ReportDecisions } from "./report-decisions";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [page, t] = await Promise.all([loadEvaluationPage((await params).tenderId), getTranslations("awardReport")]);
  return { title: `${t("title")} · ${page.context.tender.reference}` };
}

/**
 * The award recommendation report: one printable page with everything a reviewer needs, from the
 * criteria as published to the audit trail. It exists once the evaluation is complete, marked as
 * a draft until every lot's award is decided. For the procurement lead and the chair.
 */
export default async function AwardReportPage({ params }: Props) {
  const page = await loadEvaluationPage((await params).tenderId);
  const { tender, role } = page.context;
  if (!mayReadEveryScore(role)) forbidden();
  const t = await getTranslations("awardReport");
  const tResults = await getTranslations("evaluationResults");
  const tExports = await getTranslations("exports");
  const back = (
    <Link href={`/tenders/${tender.id}/evaluation/ranking`} className="print-hidden mb-6 inline-block">
      {t("backToRanking")}
    </Link>
  );
  if (!page.ready) {
    return (
      <div className="max-w-4xl">
        {back}
        <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} />
        <EvaluationNotReady readiness={page.context.readiness} problems={page.problems} />
      </div>
    );
  }

  const { view, evaluation } = page;
  const [report, recentExports] = await Promise.all([
    loadAwardReport(getDb(), page.viewer, evaluation),
    listExportJobs(getDb(), page.viewer, { tenderId: tender.id, kind: "EVALUATION_FILE" }, new Date()),
  ]);
  const decided = view.lots.every((lot) => evaluation.decisions.some((decision) => decision.lotKey === lot.lotKey));
  return (
    <article className="award-report max-w-5xl">
      {back}
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} lead={t("lead")} />
      <p
        className={`mb-6 border-l-8 p-4 text-lg font-bold ${decided ? "border-success bg-green-50" : "border-danger bg-red-50"}`}
      >
        {decided ? t("final") : t("draft")}
      </p>
      <div className="mb-8">
        <PrintButton />
      </div>
      <section aria-labelledby="export-heading" className="print-hidden mb-10">
        <h2 id="export-heading" className="mb-2 text-2xl">
          {tExports("awardReport.heading")}
        </h2>
        <p className="mb-4 max-w-3xl">{tExports("awardReport.lead")}</p>
        <ExportFormats
          baseHref={`/api/exports/award-report/${tender.id}`}
          kind="awardReport"
          labelledBy="export-heading"
        />
      </section>
      <LongExportSection kind="EVALUATION_FILE" tenderId={tender.id} recent={recentExports} />
      <ReportDecisions view={view} decisions={evaluation.decisions} />
      <ReportCriteria view={view} input={evaluation.input} currency={tender.currency} />
      {view.lots.map((lot) => {
        const assessment = report.assessments.find((entry) => entry.lotKey === lot.lotKey);
        const prefix = `lot-${lot.lotKey ?? "all"}`;
        return (
          <section key={prefix} aria-labelledby={`${prefix}-heading`} className="report-section mb-10">
            <h2 id={`${prefix}-heading`} className="mb-4 text-2xl">
              {lot.lotKey
                ? tResults("lotHeading", { key: lot.lotKey, title: lot.lotTitle ?? "" })
                : t("evaluationHeading")}
            </h2>
            <GatesSection view={view} lot={lot} currency={tender.currency} level={3} />
            <RankingSection view={view} lot={lot} currency={tender.currency} level={3} />
            <AutomaticOpennessSection view={view} lot={lot} level={3} />
            <SensitivitySection view={view} lot={lot} currency={tender.currency} level={3} />
            <RankReversalSection lot={lot} level={3} />
            <ReportBidScores
              view={view}
              lot={lot}
              evaluators={evaluation.input.evaluators}
              currency={tender.currency}
            />
            <section aria-labelledby={`${prefix}-findings-heading`} className="report-section">
              <h3 id={`${prefix}-findings-heading`} className="mb-2 text-xl">
                {t("findingsHeading")}
              </h3>
              {lot.bids.map((bid) => {
                const found = assessment?.bids.find((entry) => entry.id === bid.bidId);
                return found ? (
                  <ReportBidAssessment
                    key={bid.bidId}
                    bid={found}
                    label={bidName(tResults, bid)}
                    reviews={report.sovereigntyReviews.get(bid.bidId) ?? {}}
                    currency={tender.currency}
                  />
                ) : null;
              })}
            </section>
          </section>
        );
      })}
      <ReportDeclarations declarations={report.declarations} />
      <ReportAuditTrail trail={report.auditTrail} actorNames={report.actorNames} />
    </article>
  );
}
