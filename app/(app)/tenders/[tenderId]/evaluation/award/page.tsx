import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AwardStatus } from "@/components/evaluation/award-status";
import { evaluationFormatFor } from "@/components/evaluation/evaluation-format-server";
import { EvaluationNotReady } from "@/components/evaluation/evaluation-not-ready";
import { LotNavigation } from "@/components/evaluation/lot-navigation";
import { RankingSection } from "@/components/evaluation/ranking-section";
import { bidName } from "@/components/evaluation/section-heading";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { proposedWinner } from "@/lib/domain/award/award-choice";
import { STANDSTILL_DAYS } from "@/lib/domain/award/standstill";
import { chosenLot, loadEvaluationPage } from "../load-evaluation-page";
import { AwardForm, type AwardOption } from "./award-form";

type Props = { params: Promise<{ tenderId: string }>; searchParams: Promise<{ lot?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [page, t] = await Promise.all([loadEvaluationPage((await params).tenderId), getTranslations("award")]);
  return { title: `${t("title")} · ${page.context.tender.reference}` };
}

/**
 * The procurement lead's award decision, lot by lot (or for the tender without lots), on the
 * ranking as it stands: the winner, the date and, where the choice departs from the ranking or a
 * tie has to be decided, the reason. The standstill rule is shown with its source. Once every lot
 * is decided the tender is awarded; a tender that is not to be awarded is cancelled instead.
 */
export default async function AwardPage({ params, searchParams }: Props) {
  const [{ tenderId }, { lot: askedLot }] = await Promise.all([params, searchParams]);
  const page = await loadEvaluationPage(tenderId);
  const { tender, role } = page.context;
  if (role !== "LEAD") forbidden();
  const t = await getTranslations("award");
  const tResults = await getTranslations("evaluationResults");
  const heading = (
    <>
      <Link href={`/tenders/${tender.id}/evaluation/ranking`} className="mb-6 inline-block">
        {t("backToRanking")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} lead={t("lead")} />
    </>
  );
  if (!page.ready) {
    return (
      <div className="max-w-4xl">
        {heading}
        <EvaluationNotReady readiness={page.context.readiness} problems={page.problems} />
      </div>
    );
  }

  const { view, evaluation } = page;
  const lot = chosenLot(view.lots, askedLot);
  const decision = evaluation.decisions.find((entry) => entry.lotKey === lot.lotKey);
  const format = await evaluationFormatFor(tender.currency);
  const lotQuery = lot.lotKey ? `?lot=${encodeURIComponent(lot.lotKey)}` : "";
  const options: AwardOption[] = lot.ranking.map((entry) => {
    const bid = lot.bids.find((candidate) => candidate.bidId === entry.bidId)!;
    return {
      value: entry.bidId,
      label: bidName(tResults, bid),
      hint: t("optionHint", {
        rank: entry.rank,
        points: entry.totalPoints ? format.pointsOf(entry.totalPoints) : format.moneyOf(entry.pricePerQualityPoint),
      }),
    };
  });
  if (lot.outcome.kind === "NO_ADMISSIBLE_BID") options.push({ value: "", label: t("noWinner"), hint: t("noWinnerHint") }); // prettier-ignore

  return (
    <div className="max-w-4xl">
      {heading}
      <LotNavigation
        lots={view.lots}
        current={lot.lotKey}
        href={(key) => `/tenders/${tender.id}/evaluation/award?lot=${encodeURIComponent(key)}`}
      />
      {lot.lotKey ? (
        <h2 className="mb-6 text-2xl">{tResults("lotHeading", { key: lot.lotKey, title: lot.lotTitle ?? "" })}</h2>
      ) : null}{" "}
      {/* prettier-ignore */}
      <RankingSection view={view} lot={lot} currency={tender.currency} />
      <section aria-labelledby="standstill-heading" className="mb-10">
        <h2 id="standstill-heading" className="mb-2 text-2xl">
          {t("standstillHeading")}
        </h2>
        <p className="max-w-3xl">{t("standstillRule", { days: STANDSTILL_DAYS })}</p>
      </section>
      <section aria-labelledby="decision-heading" className="mb-10">
        <h2 id="decision-heading" className="mb-4 text-2xl">
          {t("decisionHeading")}
        </h2>
        {decision ? (
          <AwardStatus
            tenderId={tender.id}
            lot={lot}
            decision={decision}
            canDecide={false}
            reportHref={`/tenders/${tender.id}/evaluation/report${lotQuery}`}
          />
        ) : tender.status !== "EVALUATION" ? (
          <Notice title={t("notInEvaluationTitle")}>
            <p>{t("notInEvaluation")}</p>
          </Notice>
        ) : (
          <AwardForm
            tenderId={tender.id}
            version={tender.version}
            fingerprint={evaluation.fingerprint}
            lotKey={lot.lotKey ?? ""}
            options={options}
            proposed={proposedWinner(lot.outcome)}
            today={new Date().toISOString().slice(0, 10)}
            reportHref={`/tenders/${tender.id}/evaluation/report${lotQuery}`}
          />
        )}
      </section>
      {tender.status === "EVALUATION" ? (
        <section aria-labelledby="cancel-heading" className="mb-10">
          <h2 id="cancel-heading" className="mb-2 text-2xl">
            {t("cancelHeading")}
          </h2>
          <p className="mb-2 max-w-3xl">{t("cancelLead")}</p>
          <Link href={`/tenders/${tender.id}#lifecycle-heading`}>{t("cancelLink")}</Link>
        </section>
      ) : null}
    </div>
  );
}
