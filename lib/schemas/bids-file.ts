import { z } from "zod";
import { bidContentSchema, costLineSchema } from "./bid";

/**
 * The bids file: the JSON format the app imports and exports and `tender-commons tco` reads
 * (documented in docs/bids-file.md). `tender` carries what the cost computation needs, so the file
 * can be checked offline; on import into a tender the tender's own settings apply.
 */
export const BIDS_FILE_FORMAT = "tender-commons/bids";
export const BIDS_FILE_VERSION = 1;

export const bidsFileSchema = z.object({
  format: z.literal(BIDS_FILE_FORMAT),
  version: z.literal(BIDS_FILE_VERSION),
  tender: z
    .object({
      reference: z.string().trim().max(30).default(""),
      currency: z.string().trim().length(3).default("EUR"),
      discountRatePercent: z.number().min(0).max(15),
      tcoHorizonYears: z.number().int().min(1).max(30),
      /** The authority's own cost lines for every bid (decisions.md: kept apart from the prices). */
      internalCosts: z.array(costLineSchema).default([]),
    })
    .optional(),
  bids: z.array(
    z.object({
      /** The receipt number in the tender, when the file was exported from one. */
      receiptNumber: z.number().int().min(1).optional(),
      /** ISO date-time the bid was received; on import, required. */
      receivedAt: z.iso.datetime({ offset: true }).optional(),
      content: bidContentSchema,
      /** The authority's cost lines for this bid where they differ from the tender's. */
      internalCosts: z.array(costLineSchema).nullable().default(null),
    }),
  ),
});
export type BidsFile = z.output<typeof bidsFileSchema>;

/**
 * Zod's issue path as the file's reader sees it: `bids[2].content.costLines[0].amountCents`.
 * Used by the import page and the command line alike.
 */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text === "" ? String(part) : `${text}.${String(part)}`;
  }, "");
}
