import { BIDDER_COST_CATEGORIES, type CostCategory } from "@/lib/domain/bids/bid-model";
import { CSV_COLUMNS, type CsvColumn } from "@/lib/domain/bids/import/csv-format";

type BidderCategory = Exclude<CostCategory, "INTERNAL_STAFF">;

/**
 * The words of the price schedule, in the reader's language. Templates keep their placeholders
 * ({reference}, {title}, {currency}, {horizon}, {exit}): the builder fills them in.
 */
export type PriceScheduleLabels = {
  priceSheetName: string;
  instructionsSheetName: string;
  title: string;
  steps: string[];
  currency: string;
  years: string;
  columnHeader: string;
  meaningHeader: string;
  columns: Record<CsvColumn, string>;
  categoryHeader: string;
  categoryNameHeader: string;
  categories: Record<BidderCategory, string>;
  lotHeader: string;
  lotTitleHeader: string;
};

/** How many instruction steps `priceSchedule.steps.step{n}` the messages have. */
export const PRICE_SCHEDULE_STEPS = 5;

/**
 * The labels from the messages, given a function that returns a message's raw text by its full
 * key (next-intl's `t.raw`, or a lookup in the JSON): raw, because the placeholders are the
 * builder's to fill.
 */
export function priceScheduleLabels(raw: (key: string) => string): PriceScheduleLabels {
  const key = (name: string) => raw(`priceSchedule.${name}`);
  return {
    priceSheetName: key("priceSheetName"),
    instructionsSheetName: key("instructionsSheetName"),
    title: key("title"),
    steps: Array.from({ length: PRICE_SCHEDULE_STEPS }, (_, index) => key(`steps.step${index + 1}`)),
    currency: key("currency"),
    years: key("years"),
    columnHeader: key("columnHeader"),
    meaningHeader: key("meaningHeader"),
    columns: Object.fromEntries(CSV_COLUMNS.map((column) => [column, key(`columns.${column}`)])) as Record<
      CsvColumn,
      string
    >,
    categoryHeader: key("categoryHeader"),
    categoryNameHeader: key("categoryNameHeader"),
    categories: Object.fromEntries(
      BIDDER_COST_CATEGORIES.map((category) => [category, raw(`costLines.categories.${category}`)]),
    ) as Record<BidderCategory, string>,
    lotHeader: key("lotHeader"),
    lotTitleHeader: key("lotTitleHeader"),
  };
}
