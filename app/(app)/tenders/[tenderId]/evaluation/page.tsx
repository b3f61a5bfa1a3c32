import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { getDb } from "@/lib/server/db";
import { readEvaluationOverview } from "@/lib/server/evaluation/overview";
import { requireEvaluation } from "@/lib/server/evaluation/require-evaluation";
import { EvaluationFrame } from "./evaluation-frame";
import { evaluationMetadata } from "./evaluation-metadata";
import { MemberTable } from "./member-table";
import { NextStepNotice } from "./next-step-notice";

type Props = { params: Promise<{ tenderId: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return evaluationMetadata(params, "overview", "evaluation.overview");
}

/**
 * The evaluation of a tender at a glance, for the procurement lead and the panel: the panel's
 * settings, each member's declaration and submission (never their scores), conflicts for those
 * who must act on them, and where each person goes next.
 */
export default async function EvaluationOverviewPage({ params }: Props) {
  const context = await requireEvaluation((await params).tenderId, "overview");
  const [t, format, overview] = await Promise.all([
    getTranslations("evaluation.overview"),
    getFormatter(),
    readEvaluationOverview(getDb(), context.viewer, context.tender.id),
  ]);
  const { panel, tender } = context;
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const back = context.managesPanel
    ? { href: `/tenders/${tender.id}`, label: t("backToTender") }
    : { href: "/evaluations", label: t("backToEvaluations") };
  return (
    <EvaluationFrame context={context} title={t("title")} lead={t("lead")} back={back}>
      {!context.opened ? (
        <Notice title={t("notOpenedTitle")}>
          <p>{t("notOpened")}</p>
        </Notice>
      ) : null}
      {context.me ? (
        <>
          <NextStepNotice context={context} />
          <p className="mb-8">
            <Link href={`/tenders/${tender.id}/evaluation/declaration`}>{t("yourDeclaration")}</Link>
          </p>
        </>
      ) : null}
      {!panel ? (
        <Notice title={t("noPanelTitle")}>
          <p className="mb-2">{t("noPanel")}</p>
          {context.managesPanel ? (
            <Link href={`/tenders/${tender.id}/evaluation/panel`} className="font-semibold">
              {t("setUpPanel")}
            </Link>
          ) : null}
        </Notice>
      ) : (
        <>
          <section aria-labelledby="settings-heading" className="mb-10">
            <h2 id="settings-heading" className="mb-4 text-2xl">
              {t("settingsHeading")}
            </h2>
            <SummaryList
              rows={[
                {
                  key: "method",
                  label: t("method"),
                  value: context.aggregation === "MEAN" ? t("methodMean") : t("methodConsensus"),
                },
                {
                  key: "prices",
                  label: t("prices"),
                  value: panel.pricesHiddenUntilSubmitted ? t("pricesHidden") : t("pricesShown"),
                },
                { key: "blind", label: t("blind"), value: panel.blindMode ? t("blindOn") : t("blindOff") },
                {
                  key: "threshold",
                  label: t("threshold"),
                  value: t("thresholdValue", { percent: panel.disagreementThresholdPercent }),
                },
                {
                  key: "deadline",
                  label: t("deadline"),
                  value: panel.scoringDeadline ? day(panel.scoringDeadline) : t("noDeadline"),
                },
                {
                  key: "consensus",
                  label: t("consensus"),
                  value: panel.consensusCompletedAt
                    ? t("consensusDone", { date: format.dateTime(panel.consensusCompletedAt, { dateStyle: "long" }) })
                    : t("consensusOpen"),
                },
              ]}
            />
            {context.managesPanel && !panel.consensusCompletedAt && tender.status === "EVALUATION" ? (
              <p>
                <Link href={`/tenders/${tender.id}/evaluation/panel`}>{t("changePanel")}</Link>
              </p>
            ) : null}
          </section>
          <MemberTable members={overview.members} />
          {panel.consensusCompletedAt && context.managesPanel && !context.me ? (
            <p className="mt-8">
              <Link href={`/tenders/${tender.id}/evaluation/ranking`} className="font-semibold">
                {t("toRanking")}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </EvaluationFrame>
  );
}
