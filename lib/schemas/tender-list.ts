import { z } from "zod";
import { PROCEDURE_TYPES, TENDER_STATUSES } from "@/lib/domain/tender/tender-enums";

export const TENDER_SORTS = ["updated", "reference", "title"] as const;
export const TENDER_PAGE_SIZE = 25;

/** The tender list's query string; anything unreadable falls back to the default, never an error page. */
export const tenderListQuerySchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  status: z.enum(TENDER_STATUSES).optional().catch(undefined),
  procedure: z.enum(PROCEDURE_TYPES).optional().catch(undefined),
  sort: z.enum(TENDER_SORTS).catch("updated").default("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TenderListQuery = z.infer<typeof tenderListQuerySchema>;
