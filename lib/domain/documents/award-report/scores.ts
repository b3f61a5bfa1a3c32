import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import type { Block, Inline } from "../document-model";
import type { Section } from "../sections";
import { paragraph } from "../sections";
import { lotAnchor, nameOf, type ReportContext } from "./report-input";

/**
 * Every bid's scores as the panel gave them: per criterion on the scale, each evaluator's score
 * with their justification, the mean and the spread (a disagreement said in words), and the score
 * that counts: the chair's consensus with its rationale, or the mean.
 */
export function scoresSection(context: ReportContext, lot: LotView): Section {
  const { text, input } = context;
  const t = (key: string, values?: Record<string, string | number>) => text.t(`awardReport.scores.${key}`, values);
  const evaluatorName = (id: string) => input.evaluators.find((evaluator) => evaluator.id === id)?.name ?? id;
  return {
    title: t("heading"),
    anchor: `${lotAnchor(lot)}-scores`,
    blocks: [],
    subsections: lot.bids.map((bid) => {
      const bidName = nameOf(text, bid);
      const blocks: Block[] = bid.scores.length === 0 ? [paragraph(t("none"))] : [];
      for (const score of bid.scores) {
        const criterion = context.criterionName(score.criterionKey);
        const remarks = `${score.disagreement ? ` ${t("disagreement")}` : ""}${score.meetsMinimum ? "" : ` ${t("belowMinimum", { minimum: score.minimumScore ?? 0 })}`}`; // prettier-ignore
        blocks.push(
          paragraph({ text: `${t("criterionLine", { criterion, final: context.points(score.final), mean: context.points(score.mean), spread: score.spread })}${remarks}`, bold: true }), // prettier-ignore
        );
        const rows: Inline[][][] = score.evaluations.map((evaluation) => [
          [evaluatorName(evaluation.evaluatorId)],
          [text.number(evaluation.score)],
          [evaluation.justification],
        ]);
        if (score.consensus) {
          rows.push([
            [{ text: t("consensus"), bold: true }],
            [{ text: text.number(score.consensus.score), bold: true }],
            [score.consensus.rationale],
          ]);
        }
        blocks.push({
          kind: "table",
          caption: t("caption", { criterion, bid: bidName }),
          columns: [
            { header: t("evaluator"), widthPercent: 25 },
            { header: t("score"), align: "right", widthPercent: 10 },
            { header: t("justification"), widthPercent: 65 },
          ],
          rows,
        });
      }
      return { title: bidName, anchor: `${lotAnchor(lot)}-scores-${bid.receiptNumber}`, blocks };
    }),
  };
}
