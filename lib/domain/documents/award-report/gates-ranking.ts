import { gateReasons, gateRules, type GateWords } from "@/lib/domain/evaluation/gate-wording";
import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import type { Block, Inline } from "../document-model";
import type { Section } from "../sections";
import { bullets, note, paragraph, textTable } from "../sections";
import { lotAnchor, type ReportContext } from "./report-input";

type Values = Record<string, string | number>;

/**
 * The gates before any weighting (C-546/16 Montte): the minimums the tender published and, per
 * bid, whether it passes them or every reason why not.
 */
export function gatesSection(context: ReportContext, lot: LotView): Section {
  const { text, view } = context;
  const t = (key: string, values?: Values) => text.t(`evaluationResults.gates.${key}`, values);
  const words: GateWords = {
    t,
    objectiveName: (objective) => text.t(`tenders.sovereigntyObjective.${objective}`),
    criterionName: context.criterionName,
    points: context.points,
  };
  return {
    title: t("heading"),
    anchor: `${lotAnchor(lot)}-gates`,
    blocks: [
      paragraph(t("lead")),
      bullets(gateRules(view, lot, words)),
      textTable(
        t("caption"),
        [t("bid"), t("result"), t("why")],
        lot.bids.map((bid) => {
          const why = gateReasons(bid, words);
          return [
            context.bidName(lot, bid.bidId),
            [{ text: bid.admissible ? t("admissible") : t("excluded"), bold: true }],
            why.length === 0 ? t("passesAll") : lines(why),
          ];
        }),
      ),
    ],
  };
}

/** The ranking of the admissible bids, the rule that placed each one, and any tie left open. */
export function rankingSection(context: ReportContext, lot: LotView): Section {
  const { text, view } = context;
  const t = (key: string, values?: Values) => text.t(`evaluationResults.ranking.${key}`, values);
  const perPoint = view.method.costFormula === "F8";
  const name = (bidId: string) => context.bidName(lot, bidId);
  const outcome =
    lot.outcome.kind === "WINNER"
      ? t("winner", { bid: name(lot.outcome.bidId), rule: t(`decidedBy.${lot.outcome.decidedBy ?? "ALONE"}`) })
      : lot.outcome.kind === "UNRESOLVED_TIE"
        ? t("tieAtTop", { bids: lot.outcome.bidIds.map(name).join(", ") })
        : t("noAdmissibleBid");
  const byRank = new Map<number, string[]>();
  for (const entry of lot.ranking) byRank.set(entry.rank, [...(byRank.get(entry.rank) ?? []), entry.bidId]);
  const ties = [...byRank].filter(([, ids]) => ids.length > 1);
  const tieBlocks: Block[] =
    ties.length === 0
      ? []
      : [
          paragraph({ text: t("tieTitle"), bold: true }),
          ...ties.map(([rank, ids]) => paragraph(t("tieBody", { rank, bids: ids.map(name).join(", ") }))),
          paragraph(t("tieRule")),
        ];
  const right = (header: string) => ({ header, align: "right" as const });
  return {
    title: t("heading"),
    anchor: `${lotAnchor(lot)}-ranking`,
    blocks: [
      paragraph(outcome),
      ...tieBlocks,
      ...(lot.ranking.length === 0
        ? []
        : [
            textTable(
              t("caption"),
              [
                right(t("rank")),
                t("bid"),
                right(t("qualityPoints")),
                right(perPoint ? t("pricePerQualityPoint") : t("costPoints")),
                ...(perPoint ? [] : [right(t("totalPoints"))]),
                right(t("tco")),
                t("placedBy"),
              ],
              lot.ranking.map((entry) => [
                text.number(entry.rank),
                name(entry.bidId),
                context.points(entry.qualityPoints),
                perPoint ? context.moneyOf(entry.pricePerQualityPoint) : context.points(entry.costPoints),
                ...(perPoint ? [] : [[{ text: context.points(entry.totalPoints), bold: true }]]),
                context.moneyOf(entry.tco),
                t(`placed.${entry.placedBy}`),
              ]),
            ),
          ]),
      note(perPoint ? t("roundingF8") : t("rounding")),
    ],
  };
}

/** Several lines in one table cell. */
export function lines(items: readonly string[]): Inline[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : ["\n", item]));
}
