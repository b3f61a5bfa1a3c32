import { getFormatter, getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { ScoredCriterion } from "@/lib/domain/panel/scoring-rules";
import { toNumber } from "@/lib/domain/rational";
import type { ScoreAggregation } from "@/lib/domain/tender/criteria-tree";
import type { ConsensusCell } from "@/lib/server/evaluation/consensus-view";
import { ConsensusForm } from "./consensus-form";

/**
 * One criterion of one bid for the chair: each submitted score with its justification, the
 * spread, the disagreement said in words (not only shown in colour), the mean, and the consensus.
 */
export async function ConsensusCellView({
  tenderId,
  bidId,
  bidName,
  cell,
  criterion,
  aggregation,
  scaleMax,
  canRecord,
  options,
}: {
  tenderId: string;
  bidId: string;
  bidName: string;
  cell: ConsensusCell;
  criterion: ScoredCriterion;
  aggregation: ScoreAggregation;
  scaleMax: number;
  canRecord: boolean;
  options: { value: string; label: string; hint?: string }[];
}) {
  const [t, format] = await Promise.all([getTranslations("evaluation.consensus"), getFormatter()]);
  const { summary, evaluations } = cell;
  const mean = summary.mean ? format.number(toNumber(summary.mean), { maximumFractionDigits: 2 }) : null;
  const headingId = `consensus-${bidId}-${cell.criterionKey}`;
  const scores = evaluations.map((evaluation) => evaluation.score);
  return (
    <section
      aria-labelledby={headingId}
      className={`mb-8 border-l-8 pl-4 ${summary.disagreement ? "border-danger" : "border-line"}`}
    >
      <h3 id={headingId} className="mb-2 text-xl">
        {criterion.parentName ? `${criterion.parentName} · ${criterion.name}` : criterion.name}
        <span className="sr-only"> · {bidName}</span>
      </h3>
      {evaluations.length === 0 ? (
        <p className="mb-4">{t("noScores")}</p>
      ) : (
        <div className="mb-4 overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t("scoresCaption", { criterion: criterion.name, bid: bidName })}</caption>
            <TableHead columns={[t("evaluator"), t("scoreColumn"), t("justificationColumn")]} />
            <tbody>
              {evaluations.map((evaluation) => (
                <tr key={evaluation.memberId} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {evaluation.name}
                  </th>
                  <td className="py-2 pr-4">{t("scoreOutOf", { score: evaluation.score, max: scaleMax })}</td>
                  <td className="py-2 pr-4 whitespace-pre-line">{evaluation.justification}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary.spread !== null ? (
        <p className={`mb-2 ${summary.disagreement ? "text-danger font-bold" : ""}`}>
          {summary.disagreement
            ? t("disagreement", { spread: summary.spread, low: Math.min(...scores), high: Math.max(...scores) })
            : t("spread", { spread: summary.spread, low: Math.min(...scores), high: Math.max(...scores) })}
        </p>
      ) : null}
      {mean !== null ? (
        <p className="mb-4">{aggregation === "MEAN" ? t("meanApplies", { mean }) : t("mean", { mean })}</p>
      ) : null}
      {aggregation === "CONSENSUS" ? (
        <>
          {cell.consensus ? (
            <div className="mb-4">
              <p className="font-semibold">{t("recorded", { score: cell.consensus.score, max: scaleMax })}</p>
              <p className="whitespace-pre-line">{cell.consensus.rationale}</p>
            </div>
          ) : null}
          {canRecord ? (
            cell.consensus ? (
              <details>
                <summary className="cursor-pointer">{t("change")}</summary>
                <div className="mt-4">
                  <ConsensusForm
                    tenderId={tenderId}
                    bidId={bidId}
                    criterionKey={cell.criterionKey}
                    version={cell.consensus.version}
                    score={cell.consensus.score}
                    reason={cell.consensus.rationale}
                    options={options}
                  />
                </div>
              </details>
            ) : (
              <ConsensusForm
                tenderId={tenderId}
                bidId={bidId}
                criterionKey={cell.criterionKey}
                version={null}
                score={null}
                reason=""
                options={options}
              />
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
