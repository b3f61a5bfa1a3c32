import { getTranslations } from "next-intl/server";
import { ScatterChart } from "@/components/charts/scatter-chart";
import { SmallMultipleBars } from "@/components/charts/small-multiple-bars";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import { evaluationFormatFor } from "./evaluation-format-server";
import { bidName, type LotSectionProps, SectionHeading } from "./section-heading";

/**
 * The ranking in pictures, each with its figures in a table: points by criterion per bid
 * (stacked bars), the sovereignty profile per bid (small multiples, with the minimums), and cost
 * against quality (a scatter).
 */
export async function EvaluationCharts({ view, lot, currency, level = 2 }: LotSectionProps) {
  const t = await getTranslations("evaluationResults.charts");
  const tBid = await getTranslations("evaluationResults");
  const tObjective = await getTranslations("tenders.sovereigntyObjective");
  const format = await evaluationFormatFor(currency);
  const idPrefix = `lot-${lot.lotKey ?? "all"}`;
  const perPoint = view.method.costFormula === "F8";
  const topLevel = view.criteria.filter((criterion) => criterion.parentKey === null && !(perPoint && criterion.kind === "COST")); // prettier-ignore
  const ranked = lot.ranking.map((entry) => lot.bids.find((bid) => bid.bidId === entry.bidId)!);
  const withSovereignty = lot.bids.filter((bid) => bid.sovereignty !== null);

  return (
    <section aria-labelledby={`${idPrefix}-charts-heading`} className="mb-10">
      <SectionHeading id={`${idPrefix}-charts-heading`} level={level}>
        {t("heading")}
      </SectionHeading>
      {ranked.length > 0 ? (
        <StackedBarChart
          id={`${idPrefix}-points`}
          title={t("points.title")}
          description={t("points.description")}
          series={topLevel.map((criterion) => ({
            key: criterion.key,
            label: `${criterion.name} (${criterion.weight} %)`,
          }))}
          bars={ranked.map((bid) => ({
            key: bid.bidId,
            label: bidName(tBid, bid),
            values: topLevel.map((criterion) => {
              const entry = bid.points.find((candidate) => candidate.criterionKey === criterion.key);
              return entry?.points ? Number(entry.points.shown) : 0;
            }),
          }))}
          formatValue={format.points}
          table={{ caption: t("points.caption"), corner: t("bid"), totalLabel: t("points.total") }}
        />
      ) : null}
      {withSovereignty.length > 0 ? (
        <SmallMultipleBars
          id={`${idPrefix}-sovereignty`}
          title={t("sovereignty.title")}
          description={t("sovereignty.description")}
          categories={SOVEREIGNTY_OBJECTIVES.map((objective) => ({ key: objective, label: objective }))}
          panels={withSovereignty.map((bid) => ({
            key: bid.bidId,
            label: bidName(tBid, bid),
            values: SOVEREIGNTY_OBJECTIVES.map(
              (objective) => bid.sovereignty!.objectives.find((entry) => entry.objective === objective)?.level ?? 0,
            ),
            minimums: SOVEREIGNTY_OBJECTIVES.map(
              (objective) =>
                bid.sovereignty!.objectives.find((entry) => entry.objective === objective)?.minimum ?? null,
            ),
          }))}
          max={4}
          panelLabel={(panel) =>
            t("sovereignty.panelLabel", {
              bid: panel.label,
              levels: SOVEREIGNTY_OBJECTIVES.map((objective, index) =>
                t("sovereignty.level", {
                  objective: `${objective} ${tObjective(objective)}`,
                  level: panel.values[index] ?? 0,
                  minimum: panel.minimums[index] ?? 0,
                }),
              ).join("; "),
            })
          }
          formatCell={(value, minimum) =>
            minimum === null ? String(value) : t("sovereignty.cell", { level: value, minimum })
          }
          legend={{ meets: t("sovereignty.meets"), below: t("sovereignty.below"), minimum: t("sovereignty.minimum") }}
          table={{ caption: t("sovereignty.caption"), corner: t("bid") }}
        />
      ) : null}
      <ScatterChart
        id={`${idPrefix}-cost-quality`}
        title={t("costQuality.title")}
        description={t("costQuality.description")}
        xLabel={t("costQuality.x")}
        yLabel={t("costQuality.y")}
        points={lot.bids.map((bid) => ({
          key: bid.bidId,
          label: bidName(tBid, bid),
          x: Number(bid.tco.combined.shown),
          y: Number(bid.qualityPoints.shown),
          hollow: !bid.admissible,
          note: bid.admissible ? t("costQuality.rank", { rank: bid.rank ?? "—" }) : t("costQuality.excluded"),
        }))}
        formatX={format.money}
        formatXTick={format.moneyTick}
        formatY={format.points}
        table={{ caption: t("costQuality.caption"), corner: t("bid"), noteHeader: t("costQuality.note") }}
      />
    </section>
  );
}
