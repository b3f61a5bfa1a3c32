import { BIDDER_COST_CATEGORIES, COST_CATEGORIES, type CostCategory } from "@/lib/domain/bids/bid-model";
import { MAX_INTERNAL_COST_LINES } from "@/lib/domain/bids/internal-costs";
import { MAX_COST_LINES } from "@/lib/schemas/bid";
import type { CostLineFormInput } from "@/lib/schemas/cost-line-form";

/** The two lists of cost lines the forms edit: a bid's prices and the authority's internal costs. */
export type CostLinesKind = "bidderPrices" | "internalCosts";

/** A line nothing is known of yet: the person chooses the category and the year. */
export const EMPTY_COST_LINE: CostLineFormInput = {
  category: "" as CostCategory,
  year: "",
  amount: "",
  note: "",
};

/**
 * What each list offers. A bidder never prices the authority's own staff (reference.md §4.2);
 * the authority's internal costs are mostly its staff's time, from the first contract year.
 */
export const COST_LINES_KINDS: Record<
  CostLinesKind,
  { categories: readonly CostCategory[]; maxLines: number; newLine: CostLineFormInput }
> = {
  bidderPrices: { categories: BIDDER_COST_CATEGORIES, maxLines: MAX_COST_LINES, newLine: EMPTY_COST_LINE },
  internalCosts: {
    categories: COST_CATEGORIES,
    maxLines: MAX_INTERNAL_COST_LINES,
    newLine: { ...EMPTY_COST_LINE, category: "INTERNAL_STAFF", year: "1" },
  },
};
