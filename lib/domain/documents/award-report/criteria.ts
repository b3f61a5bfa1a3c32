import { SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import type { Section } from "../sections";
import { bullets, textTable } from "../sections";
import type { ReportContext } from "./report-input";

/**
 * The award criteria and weights as published, and the method: scale and descriptors, how final
 * scores are formed, the cost formula, the discount rate and horizon, the thresholds, the ties,
 * and the sovereignty profile (weights and minimums).
 */
export function criteriaSection(context: ReportContext): Section {
  const { text, view, input } = context;
  const t = (key: string, values?: Record<string, string | number>) => text.t(`awardReport.criteria.${key}`, values);
  const { method } = view;
  const descriptors = input.award.qualityScale.descriptors;
  return {
    title: t("heading"),
    anchor: "criteria",
    blocks: [
      textTable(
        t("caption"),
        [t("criterion"), t("kind"), { header: t("weight"), align: "right" }, { header: t("share"), align: "right" }, { header: t("minimum"), align: "right" }], // prettier-ignore
        view.criteria.map((criterion) => [
          criterion.parentKey ? `– ${criterion.name}` : [{ text: criterion.name, bold: true }],
          text.t(`tenders.criterionKind.${criterion.kind}`),
          criterion.parentKey
            ? t("ofParent", { weight: criterion.weight })
            : t("percent", { weight: criterion.weight }),
          context.points(criterion.share),
          criterion.minimumScore === null ? "—" : text.number(criterion.minimumScore),
        ]),
      ),
      bullets([
        t("scale", { max: method.scaleMax }),
        t(method.scoreAggregation === "CONSENSUS" ? "consensus" : "mean"),
        ...(method.costFormula ? [t("costFormula", { formula: method.costFormula, expression: method.costFormulaExpression ?? "" })] : []), // prettier-ignore
        t("tco", { rate: text.number(method.discountRatePercent), years: method.tcoHorizonYears }),
        ...(method.minimumQualityPoints ? [t("minimumQualityPoints", { points: context.points(method.minimumQualityPoints) })] : []), // prettier-ignore
        t("ties"),
        t("disagreement", { percent: method.disagreementThresholdPercent }),
      ]),
      ...(descriptors.length > 0
        ? [
            textTable(
              t("descriptors"),
              [{ header: text.t("documents.tender.criteria.score"), align: "right" as const }, text.t("documents.tender.criteria.meaning")], // prettier-ignore
              descriptors.map((descriptor, score) => [text.number(score), descriptor]),
            ),
          ]
        : []),
      ...(input.sovereignty
        ? [
            textTable(
              t("sovereigntyCaption"),
              [t("objective"), { header: t("sovereigntyWeight"), align: "right" as const }, { header: t("minimumSeal"), align: "right" as const }], // prettier-ignore
              SOVEREIGNTY_OBJECTIVES.map((objective) => [
                `${objective} ${text.t(`tenders.sovereigntyObjective.${objective}`)}`,
                t("percent", { weight: input.sovereignty!.weights[objective] }),
                String(input.sovereignty!.minimumSeal[objective]?.seal ?? 0),
              ]),
            ),
          ]
        : []),
    ],
  };
}
