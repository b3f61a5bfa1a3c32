import { getTranslations } from "next-intl/server";
import { TornadoChart } from "@/components/charts/tornado-chart";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import { evaluationFormatFor } from "./evaluation-format-server";
import { bidName, type LotSectionProps, SectionHeading } from "./section-heading";

type Change = NonNullable<LotView["sensitivity"]["criteria"][number]["decrease"]>;

/**
 * How far the winner depends on the published weights: the plain-language statement, per
 * top-level criterion the smallest change of its weight (the others rescaled in proportion) that
 * changes the winner, and the tornado chart of the winner's lead at each weight ± the step.
 */
export async function SensitivitySection({ view, lot, currency, level = 2 }: LotSectionProps) {
  const t = await getTranslations("evaluationResults.sensitivity");
  const tBid = await getTranslations("evaluationResults");
  const tRoot = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string; // prettier-ignore
  const format = await evaluationFormatFor(currency);
  const { sensitivity } = lot;
  const criterion = (key: string) => view.criteria.find((entry) => entry.key === key)!;
  const name = (bidId: string) =>
    bidName(
      tBid,
      lot.bids.find((bid) => bid.bidId === bidId)!,
    );
  const margin = (value: number) => (sensitivity.marginUnit === "POINTS" ? format.points(value) : format.money(value));
  const marginNumber = (figure: { shown: string } | null) => (figure === null ? null : Number(figure.shown));
  const change = (entry: Change | null, none: string) =>
    entry === null
      ? none
      : t("change", {
          change: format.pointsOf(entry.changePp),
          weight: format.pointsOf(entry.weight),
          challenger: name(entry.challengerId),
        });
  const id = `lot-${lot.lotKey ?? "all"}`;

  return (
    <section aria-labelledby={`${id}-sensitivity-heading`} className="mb-10">
      <SectionHeading id={`${id}-sensitivity-heading`} level={level}>
        {t("heading")}
      </SectionHeading>
      <p className="mb-2 max-w-3xl">{t("lead", { threshold: view.method.robustnessThresholdPp })}</p>
      <p className="mb-4 max-w-3xl border-l-8 border-brand bg-blue-50 p-4 text-lg font-semibold">
        {tRoot(sensitivity.statement.code, sensitivity.statement.values)}
      </p>
      {sensitivity.criteria.some((entry) => entry.applicable) ? (
        <ScrollTable caption={t("caption")} captionHidden className="mb-8">
          <TableHead columns={[t("criterion"), t("weight"), t("decrease"), t("increase")]} />
          <tbody>
            {sensitivity.criteria.map((entry) => (
              <tr key={entry.criterionKey} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {criterion(entry.criterionKey).name}
                </th>
                <td className="py-2 pr-4 tabular-nums">{t("percent", { value: entry.weight })}</td>
                {entry.applicable ? (
                  <>
                    <td className="py-2 pr-4">{change(entry.decrease, t("noDecrease"))}</td>
                    <td className="py-2 pr-4">{change(entry.increase, t("noIncrease"))}</td>
                  </>
                ) : (
                  <td colSpan={2} className="py-2 pr-4">
                    {t("notApplicable")}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      {sensitivity.tornado.length > 0 && sensitivity.baseMargin ? (
        <TornadoChart
          id={`${id}-tornado`}
          title={t("tornado.title")}
          description={t(sensitivity.marginUnit === "POINTS" ? "tornado.description" : "tornado.descriptionF8", {
            step: view.method.tornadoStepPp,
          })}
          baseline={Number(sensitivity.baseMargin.shown)}
          baselineLabel={t("tornado.baseline", { margin: margin(Number(sensitivity.baseMargin.shown)) })}
          zeroLabel={t("tornado.zero")}
          entries={sensitivity.tornado.map((bar) => ({
            key: bar.criterionKey,
            label: t("tornado.entry", { criterion: criterion(bar.criterionKey).name, weight: bar.weight }),
            low: { label: t("tornado.at", { weight: format.pointsOf(bar.low.weight) }), value: marginNumber(bar.low.margin) }, // prettier-ignore
            high: { label: t("tornado.at", { weight: format.pointsOf(bar.high.weight) }), value: marginNumber(bar.high.margin) }, // prettier-ignore
          }))}
          lowLabel={t("tornado.low", { step: view.method.tornadoStepPp })}
          highLabel={t("tornado.high", { step: view.method.tornadoStepPp })}
          formatValue={margin}
          table={{ caption: t("tornado.caption"), corner: t("criterion"), undefinedValue: t("tornado.undefined") }}
        />
      ) : null}
    </section>
  );
}
