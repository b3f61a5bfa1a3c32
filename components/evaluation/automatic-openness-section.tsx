import { getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import type { AutomaticOpennessView, EvaluationView, LotView } from "@/lib/domain/evaluation/evaluation-view";
import { evaluationFormatFor } from "./evaluation-format-server";
import { bidName, SectionHeading } from "./section-heading";

/**
 * The openness criteria the tender computes automatically (lib/domain/evaluation/automatic-openness.ts):
 * the published rule, then per bid its inputs (components under an open or free licence, open
 * standards met), its openness score and the points that count in the ranking. Nothing when the
 * panel scores every openness criterion.
 */
export async function AutomaticOpennessSection({
  view,
  lot,
  level = 2,
}: {
  view: EvaluationView;
  lot: LotView;
  level?: 2 | 3;
}) {
  const criteria = view.criteria.filter((criterion) => criterion.automaticOpenness !== null);
  if (criteria.length === 0) return null;
  const [t, tResults, tRule] = await Promise.all([
    getTranslations("evaluationResults.automaticOpenness"),
    getTranslations("evaluationResults"),
    getTranslations("tenders.criteria.automaticOpenness"),
  ]);
  const format = await evaluationFormatFor("EUR");
  const number = format.pointsOf;
  const prefix = `lot-${lot.lotKey ?? "all"}-automatic-openness`;

  const licences = (figures: AutomaticOpennessView) =>
    figures.licenceBasis === "COMPONENTS"
      ? t("cell.licences", {
          free: figures.freeComponents,
          components: figures.components,
          percent: number(figures.licenceSharePercent),
        })
      : t(`cell.licencesZero.${figures.licenceBasis}`);
  const standards = (figures: AutomaticOpennessView) =>
    figures.standards && figures.standardsSharePercent
      ? t("cell.standards", { ...figures.standards, percent: number(figures.standardsSharePercent) })
      : t("cell.noStandards");

  return (
    <section aria-labelledby={`${prefix}-heading`} className="mb-10">
      <SectionHeading id={`${prefix}-heading`} level={level}>
        {t("heading")}
      </SectionHeading>
      {criteria.map((criterion) => {
        const mix = criterion.automaticOpenness!;
        return (
          <div key={criterion.key} className="mb-6">
            <p className="mb-2 max-w-3xl">
              <span className="font-semibold">{criterion.name}. </span>
              {tRule("method", { licences: mix.licencesPercent, standards: mix.standardsPercent })}
            </p>
            <ScrollTable caption={t("caption", { criterion: criterion.name })}>
              <TableHead
                columns={[
                  t("bid"),
                  t("licencesColumn"),
                  t("standardsColumn"),
                  t("scoreColumn"),
                  t("pointsColumn", { share: number(criterion.share) }),
                ]}
              />
              <tbody>
                {lot.bids.map((bid) => {
                  const figures = bid.automaticOpenness.find((entry) => entry.criterionKey === criterion.key);
                  if (!figures) return null;
                  return (
                    <tr key={bid.bidId} className="border-b border-line align-top">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        {bidName(tResults, bid)}
                      </th>
                      <td className="py-2 pr-4">{licences(figures)}</td>
                      <td className="py-2 pr-4">{standards(figures)}</td>
                      <td className="py-2 pr-4 tabular-nums">
                        {t("cell.percent", { percent: number(figures.scorePercent) })}
                      </td>
                      <td className="py-2 pr-4 font-semibold tabular-nums">{number(figures.points)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </ScrollTable>
          </div>
        );
      })}
    </section>
  );
}
