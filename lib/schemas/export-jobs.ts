import { z } from "zod";
import { EXPORT_JOB_KINDS } from "@/lib/domain/exports/export-job";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField } from "./fields";

/** "Prepare the ZIP": what to export. The button sends it; nothing is typed. */
export const startExportJobSchema = z.object({
  kind: z.enum(EXPORT_JOB_KINDS, { error: messageRef("validation.required") }),
  /** The tender, for the kinds that export one; none for the organisation's templates. */
  tenderId: idField.optional(),
});
