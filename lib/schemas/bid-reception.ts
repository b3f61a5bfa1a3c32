import { z } from "zod";
import { SBOM_RELATION_CHOICES } from "@/lib/domain/bids/sbom/sbom-types";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField } from "./fields";

/** The largest file an import or a bill of materials may be: far above 500 bids or 20,000 components. */
export const MAX_IMPORT_FILE_CHARACTERS = 5_000_000;

const fileContent = z
  .string({ error: messageRef("validation.bidReception.fileRequired") })
  .min(1, { error: messageRef("validation.bidReception.fileRequired") })
  .max(MAX_IMPORT_FILE_CHARACTERS, { error: messageRef("validation.bidReception.fileTooLarge") });

export const IMPORT_FORMATS = ["CSV", "JSON"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** "Import bids": the file's text, read in the browser, and which format it is in. */
export const importBidsSchema = z.object({
  tenderId: idField,
  format: z.enum(IMPORT_FORMATS, { error: messageRef("validation.bidReception.formatRequired") }),
  content: fileContent,
});
export type ImportBidsInput = z.input<typeof importBidsSchema>;

/** "Add a software bill of materials to bid N": the file's text and the relation of its components. */
export const addSbomSchema = z.object({
  tenderId: idField,
  bidId: idField,
  relation: z.enum(SBOM_RELATION_CHOICES, { error: messageRef("validation.invalid") }),
  content: fileContent,
});
export type AddSbomInput = z.input<typeof addSbomSchema>;

export const MAX_WITHDRAWAL_REASON_LENGTH = 1_000;

export const withdrawBidSchema = z.object({
  tenderId: idField,
  bidId: idField,
  reason: z
    .string({ error: messageRef("validation.bidReception.withdrawalReasonRequired") })
    .trim()
    .min(1, { error: messageRef("validation.bidReception.withdrawalReasonRequired") })
    .max(MAX_WITHDRAWAL_REASON_LENGTH, {
      error: messageRef("validation.tooLong", { max: MAX_WITHDRAWAL_REASON_LENGTH }),
    }),
});
export type WithdrawBidInput = z.input<typeof withdrawBidSchema>;
