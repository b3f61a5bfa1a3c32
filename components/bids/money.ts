import type { useFormatter } from "next-intl";

type Formatter = Pick<ReturnType<typeof useFormatter>, "number">;

/** Cents as money in the reader's language: whole amounts without ",00", others with cents. */
export function formatMoney(format: Formatter, cents: number, currency: string): string {
  return format.number(cents / 100, {
    style: "currency",
    currency,
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  });
}
