"use client";
import { useFormatter, useTranslations } from "next-intl";
import { readNumber } from "@/lib/schemas/award-criteria";

type Weighted = { kind?: string; costFormula?: string | null; weight?: string | number };

/**
 * The live total of one level's weights, read out politely as the drafter types, with what is
 * left to give or too much; the error of the level (weights that do not add up) above it after a
 * save. Its id is the level's field id, where the error summary's link lands.
 */
export function LevelTotal({
  id,
  items,
  sub,
  error,
}: {
  id: string;
  items: readonly Weighted[];
  sub: boolean;
  error?: string;
}) {
  const t = useTranslations("tenders.criteria");
  const format = useFormatter();
  // Price per quality point carries no weight (see isPricePerQuality); unreadable weights count as nothing yet.
  const sum = items
    .filter((item) => !(item.kind === "COST" && item.costFormula === "F8"))
    .map((item) => readNumber(item.weight ?? ""))
    .filter(Number.isFinite)
    .reduce((total, weight) => total + weight, 0);
  const left = 100 - sum;
  const percent = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const state =
    left === 0
      ? t("totalOk")
      : left > 0
        ? t("totalShort", { missing: percent(left) })
        : t("totalOver", { excess: percent(-left) });
  return (
    <div id={id} tabIndex={-1} className={`mb-4 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      {error ? (
        <p id={`${id}-error`} className="text-danger mb-1 font-bold">
          {error}
        </p>
      ) : null}
      <p role="status" className={left === 0 ? "" : "font-semibold"}>
        {t(sub ? "subTotal" : "total", { sum: percent(sum) })} {state}
      </p>
    </div>
  );
}
