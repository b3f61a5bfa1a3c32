import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import type { Section } from "../sections";
import { paragraph, textTable } from "../sections";
import { lines } from "./gates-ranking";
import { lotAnchor, type ReportContext } from "./report-input";

type Values = Record<string, string | number>;
type Change = NonNullable<LotView["sensitivity"]["criteria"][number]["decrease"]>;

/**
 * How far the winner depends on the published weights: the statement in plain words, per
 * criterion the smallest change of its weight that changes the winner, and the tornado chart's
 * figures (the winner's lead at each weight ± the step) as a table: a document has no chart.
 */
export function sensitivitySection(context: ReportContext, lot: LotView): Section {
  const { text, view } = context;
  const t = (key: string, values?: Values) => text.t(`evaluationResults.sensitivity.${key}`, values);
  const { sensitivity } = lot;
  const name = (bidId: string) => context.bidName(lot, bidId);
  const margin = (figure: { shown: string } | null) =>
    figure === null
      ? t("tornado.undefined")
      : sensitivity.marginUnit === "POINTS"
        ? context.pointsOf(Number(figure.shown))
        : context.money(Number(figure.shown));
  const change = (entry: Change | null, none: string) =>
    entry === null ? none : t("change", { change: context.points(entry.changePp), weight: context.points(entry.weight), challenger: name(entry.challengerId) }); // prettier-ignore
  const step = view.method.tornadoStepPp;
  return {
    title: t("heading"),
    anchor: `${lotAnchor(lot)}-sensitivity`,
    blocks: [
      paragraph(t("lead", { threshold: view.method.robustnessThresholdPp })),
      paragraph({ text: text.t(sensitivity.statement.code, sensitivity.statement.values), bold: true }),
      ...(sensitivity.criteria.some((entry) => entry.applicable)
        ? [
            textTable(
              t("caption"),
              [t("criterion"), { header: t("weight"), align: "right" as const }, t("decrease"), t("increase")],
              sensitivity.criteria.map((entry) => [
                context.criterionName(entry.criterionKey),
                t("percent", { value: entry.weight }),
                entry.applicable ? change(entry.decrease, t("noDecrease")) : t("notApplicable"),
                entry.applicable ? change(entry.increase, t("noIncrease")) : t("notApplicable"),
              ]),
            ),
          ]
        : []),
      ...(sensitivity.tornado.length > 0 && sensitivity.baseMargin
        ? [
            paragraph(text.t(sensitivity.marginUnit === "POINTS" ? "documents.awardReport.tornado" : "documents.awardReport.tornadoF8", { step })), // prettier-ignore
            paragraph(t("tornado.baseline", { margin: margin(sensitivity.baseMargin) })),
            textTable(
              t("tornado.caption"),
              [t("criterion"), { header: t("tornado.low", { step }), align: "right" as const }, { header: t("tornado.high", { step }), align: "right" as const }], // prettier-ignore
              sensitivity.tornado.map((bar) => [
                t("tornado.entry", { criterion: context.criterionName(bar.criterionKey), weight: bar.weight }),
                `${margin(bar.low.margin)} (${t("tornado.at", { weight: context.points(bar.low.weight) })})`,
                `${margin(bar.high.margin)} (${t("tornado.at", { weight: context.points(bar.high.weight) })})`,
              ]),
            ),
          ]
        : []),
    ],
  };
}

/** The rank-reversal check of the relative formulas F1 and F2; nothing for the others. */
export function rankReversalSection(context: ReportContext, lot: LotView): Section | null {
  const check = lot.rankReversal;
  if (!check) return null;
  const { text } = context;
  const t = (key: string, values?: Values) => text.t(`evaluationResults.rankReversal.${key}`, values);
  const name = (bidId: string | null) => (bidId === null ? t("noWinner") : context.bidName(lot, bidId));
  const winnerChanges = check.removals.filter((removal) => removal.winnerChanged).length;
  return {
    title: t("heading"),
    anchor: `${lotAnchor(lot)}-rank-reversal`,
    blocks: [
      paragraph(t("lead", { formula: check.formula })),
      paragraph({ text: check.flipCount === 0 ? t("noFlips") : t("flips", { count: check.flipCount, winnerChanges }), bold: true }), // prettier-ignore
      textTable(
        t("caption"),
        [t("removed"), t("winnerAfter"), t("changes")],
        check.removals.map((removal) => [
          name(removal.removedBidId),
          `${name(removal.winnerAfter)}${removal.winnerChanged ? ` ${t("winnerChanged")}` : ""}`,
          !removal.recomputed
            ? t("notRecomputed")
            : removal.flips.length === 0
              ? t("noChange")
              : lines(removal.flips.map((flip) => t("flip", { before: name(flip.before), after: name(flip.after) }))),
        ]),
      ),
    ],
  };
}
