import { getTranslations } from "next-intl/server";
import { evaluationFormatFor } from "@/components/evaluation/evaluation-format-server";
import { bidName } from "@/components/evaluation/section-heading";
import { TableHead } from "@/components/ui/table-head";
import type { Evaluator } from "@/lib/domain/evaluation/evaluation-input";
import type { EvaluationView, LotView } from "@/lib/domain/evaluation/evaluation-view";

/**
 * Every bid's scores as the panel gave them: per criterion scored on the scale, each evaluator's
 * score with their justification, the mean and spread (a disagreement marked in words), and the
 * score that counts: the chair's consensus with its rationale, or the mean.
 */
export async function ReportBidScores({
  view,
  lot,
  evaluators,
  currency,
}: {
  view: EvaluationView;
  lot: LotView;
  evaluators: readonly Evaluator[];
  currency: string;
}) {
  const t = await getTranslations("awardReport.scores");
  const tBid = await getTranslations("evaluationResults");
  const format = await evaluationFormatFor(currency);
  const evaluatorName = (id: string) => evaluators.find((evaluator) => evaluator.id === id)?.name ?? id;
  const criterionName = (key: string) => view.criteria.find((criterion) => criterion.key === key)?.name ?? key;
  const prefix = `lot-${lot.lotKey ?? "all"}`;
  return (
    <section aria-labelledby={`${prefix}-scores-heading`} className="report-section mb-10">
      <h3 id={`${prefix}-scores-heading`} className="mb-2 text-xl">
        {t("heading")}
      </h3>
      {lot.bids.map((bid) => (
        <div key={bid.bidId} className="mb-8 break-inside-avoid-page">
          <h4 className="mb-2 text-lg font-bold">{bidName(tBid, bid)}</h4>
          {bid.scores.length === 0 ? <p>{t("none")}</p> : null}
          {bid.scores.map((score) => (
            <div key={score.criterionKey} className="mb-4 break-inside-avoid">
              <p className="font-semibold">
                {t("criterionLine", {
                  criterion: criterionName(score.criterionKey),
                  final: format.pointsOf(score.final),
                  mean: format.pointsOf(score.mean),
                  spread: score.spread,
                })}
                {score.disagreement ? ` ${t("disagreement")}` : ""}
                {score.meetsMinimum ? "" : ` ${t("belowMinimum", { minimum: score.minimumScore ?? 0 })}`}
              </p>
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">
                  {t("caption", { criterion: criterionName(score.criterionKey), bid: bidName(tBid, bid) })}
                </caption>
                <TableHead columns={[t("evaluator"), t("score"), t("justification")]} />
                <tbody>
                  {score.evaluations.map((evaluation) => (
                    <tr key={evaluation.evaluatorId} className="border-b border-line align-top">
                      <th scope="row" className="py-1 pr-4 font-normal whitespace-nowrap">
                        {evaluatorName(evaluation.evaluatorId)}
                      </th>
                      <td className="py-1 pr-4 tabular-nums">{evaluation.score}</td>
                      <td className="py-1 pr-4 whitespace-pre-line">{evaluation.justification}</td>
                    </tr>
                  ))}
                  {score.consensus ? (
                    <tr className="border-b-2 border-ink align-top">
                      <th scope="row" className="py-1 pr-4 font-semibold">
                        {t("consensus")}
                      </th>
                      <td className="py-1 pr-4 font-semibold tabular-nums">{score.consensus.score}</td>
                      <td className="py-1 pr-4 whitespace-pre-line">{score.consensus.rationale}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
