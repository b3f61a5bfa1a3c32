import type { useFormatter } from "next-intl";
import { formatMoney } from "@/components/bids/money";
import type { Figure } from "@/lib/domain/evaluation/evaluation-view";

type Formatter = Pick<ReturnType<typeof useFormatter>, "number">;

/**
 * The evaluation's figures in the reader's language: points to 2 decimals as the view rounded
 * them (decisions.md: shown rounded, compared unrounded), amounts in whole cents as money.
 */
export function evaluationFormat(format: Formatter, currency: string) {
  const points = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    points,
    pointsOf: (figure: Figure | null) => (figure === null ? "—" : points(Number(figure.shown))),
    money: (cents: number) => formatMoney(format, Math.round(cents), currency),
    moneyOf: (figure: Figure | null) => (figure === null ? "—" : formatMoney(format, Number(figure.shown), currency)),
    /** Whole euros for chart axes. */
    moneyTick: (cents: number) =>
      format.number(cents / 100, { style: "currency", currency, maximumFractionDigits: 0, notation: "compact" }),
  };
}
export type EvaluationFormat = ReturnType<typeof evaluationFormat>;
