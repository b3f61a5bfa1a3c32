import { z } from "zod";
import { idField } from "./fields";

/** Asking for the opening of a tender's bids (the first pair of eyes). */
export const requestOpeningSchema = z.object({ tenderId: idField });

/**
 * Confirming or withdrawing names the request the page showed: if it was withdrawn and asked
 * for again in the meantime, the person confirms nothing they have not seen.
 */
export const openingRequestSchema = z.object({ tenderId: idField, requestId: idField });
