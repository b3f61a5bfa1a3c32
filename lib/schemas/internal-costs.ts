import { z } from "zod";
import { MAX_INTERNAL_COST_LINES } from "@/lib/domain/bids/internal-costs";
import { messageRef } from "@/lib/i18n/message-ref";
import { costLineFormSchema } from "./cost-line-form";
import { idField, versionField } from "./fields";

/**
 * The authority's internal cost lines as its forms send them, for the tender's default lines and
 * for one bid's own. Years beyond the tender's horizon are refused by the server, which knows the
 * horizon (lib/domain/bids/internal-costs.ts).
 */
const linesField = z.array(costLineFormSchema).max(MAX_INTERNAL_COST_LINES, {
  error: messageRef("validation.internalCosts.tooMany", { max: MAX_INTERNAL_COST_LINES }),
});

/**
 * The tender's default lines. `fingerprint` identifies the lines the form started from: the
 * tender's version belongs to its sections and corrigenda, so the lock is on the lines themselves.
 */
export const tenderInternalCostsSchema = z.object({
  tenderId: idField,
  fingerprint: z.string().max(128),
  lines: linesField,
});
export type TenderInternalCostsInput = z.input<typeof tenderInternalCostsSchema>;

/** One bid's own lines, from the bid's version (its optimistic lock). */
export const bidInternalCostsSchema = z.object({
  tenderId: idField,
  bidId: idField,
  version: versionField,
  lines: linesField,
});
export type BidInternalCostsInput = z.input<typeof bidInternalCostsSchema>;

/** The bid goes back to the tender's lines. */
export const resetBidInternalCostsSchema = z.object({ tenderId: idField, bidId: idField, version: versionField });
