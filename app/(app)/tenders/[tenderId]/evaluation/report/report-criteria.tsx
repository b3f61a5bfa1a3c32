import { getTranslations } from "next-intl/server";
import { evaluationFormatFor } from "@/components/evaluation/evaluation-format-server";
import { TableHead } from "@/components/ui/table-head";
import type { EvaluationInput } from "@/lib/domain/evaluation/evaluation-input";
import type { EvaluationView } from "@/lib/domain/evaluation/evaluation-view";
import { SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";

/**
 * The award criteria and weights as published, and the method: scale and descriptors, how final
 * scores are formed, the cost formula, the rule of each openness criterion computed automatically,
 * the discount rate and horizon, the thresholds, and the
 * sovereignty profile (weights and minimums).
 */
export async function ReportCriteria({
  view,
  input,
  currency,
}: {
  view: EvaluationView;
  input: EvaluationInput;
  currency: string;
}) {
  const t = await getTranslations("awardReport.criteria");
  const tKind = await getTranslations("tenders.criterionKind");
  const tObjective = await getTranslations("tenders.sovereigntyObjective");
  const tRule = await getTranslations("tenders.criteria.automaticOpenness");
  const format = await evaluationFormatFor(currency);
  const { method } = view;
  return (
    <section aria-labelledby="criteria-heading" className="report-section mb-10">
      <h2 id="criteria-heading" className="mb-3 text-2xl">
        {t("heading")}
      </h2>
      <table className="mb-4 w-full border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <TableHead columns={[t("criterion"), t("kind"), t("weight"), t("share"), t("minimum")]} />
        <tbody>
          {view.criteria.map((criterion) => (
            <tr key={criterion.key} className="border-b border-line">
              <th scope="row" className={`py-2 pr-4 font-normal ${criterion.parentKey ? "pl-6" : "font-semibold"}`}>
                {criterion.name}
              </th>
              <td className="py-2 pr-4">{tKind(criterion.kind)}</td>
              <td className="py-2 pr-4 tabular-nums">
                {criterion.parentKey
                  ? t("ofParent", { weight: criterion.weight })
                  : t("percent", { weight: criterion.weight })}
              </td>
              <td className="py-2 pr-4 tabular-nums">{format.pointsOf(criterion.share)}</td>
              <td className="py-2 pr-4">{criterion.minimumScore ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="mb-4 list-disc pl-6">
        <li>{t("scale", { max: method.scaleMax })}</li>
        <li>{t(method.scoreAggregation === "CONSENSUS" ? "consensus" : "mean")}</li>
        {method.costFormula ? (
          <li>{t("costFormula", { formula: method.costFormula, expression: method.costFormulaExpression ?? "" })}</li>
        ) : null}
        <li>{t("tco", { rate: method.discountRatePercent, years: method.tcoHorizonYears })}</li>
        {method.minimumQualityPoints ? (
          <li>{t("minimumQualityPoints", { points: format.pointsOf(method.minimumQualityPoints) })}</li>
        ) : null}
        {view.criteria
          .filter((criterion) => criterion.automaticOpenness !== null)
          .map((criterion) => (
            <li key={criterion.key}>
              {t("automaticOpenness", { criterion: criterion.name })}{" "}
              {tRule("method", {
                licences: criterion.automaticOpenness!.licencesPercent,
                standards: criterion.automaticOpenness!.standardsPercent,
              })}
            </li>
          ))}
        <li>{t("ties")}</li>
        <li>{t("disagreement", { percent: method.disagreementThresholdPercent })}</li>
      </ul>
      {input.award.qualityScale.descriptors.length > 0 ? (
        <>
          <h3 className="mb-2 text-xl">{t("descriptors")}</h3>
          <ol start={0} className="mb-4 list-decimal pl-8">
            {input.award.qualityScale.descriptors.map((descriptor, score) => (
              <li key={score} value={score}>
                {descriptor}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {input.sovereignty ? (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-semibold">{t("sovereigntyCaption")}</caption>
          <TableHead columns={[t("objective"), t("sovereigntyWeight"), t("minimumSeal")]} />
          <tbody>
            {SOVEREIGNTY_OBJECTIVES.map((objective) => (
              <tr key={objective} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">{`${objective} ${tObjective(objective)}`}</th>
                <td className="py-2 pr-4 tabular-nums">
                  {t("percent", { weight: input.sovereignty!.weights[objective] })}
                </td>
                <td className="py-2 pr-4">{input.sovereignty!.minimumSeal[objective]?.seal ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
