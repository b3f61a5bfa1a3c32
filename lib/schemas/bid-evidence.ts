import { z } from "zod";
import { EVIDENCE_OBJECTIVES } from "@/lib/domain/bids/evidence/evidence-types";
import { messageRef } from "@/lib/i18n/message-ref";
import { idField } from "./fields";

/**
 * Evidence files sent to a server action. What is in a file (its type, its size) is checked by
 * lib/domain/bids/evidence once its bytes are read; these schemas only say that files came.
 */

/**
 * A file, told by its shape rather than its class: the browser's File, and on the server the one
 * the request's form data holds, are not always the same class.
 */
export const fileField = z.custom<File>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as File).arrayBuffer === "function" &&
    typeof (value as File).name === "string" &&
    typeof (value as File).size === "number",
  { error: messageRef("validation.bidReception.fileRequired") },
);

/**
 * What a file input posts: one file, several, or, when none was chosen, one empty file without a
 * name, which is dropped (the check then says "choose a file").
 */
const filesField = z
  .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(fileField))
  .transform((files) => files.filter((file) => !(file.name === "" && file.size === 0)));

export const evidenceObjectiveField = z.enum(EVIDENCE_OBJECTIVES, {
  error: messageRef("validation.bidReception.objectiveRequired"),
});

/** "Add evidence to bid N", posted as form data: the objective the files support, and the files. */
export const addEvidenceSchema = z.object({
  tenderId: idField,
  bidId: idField,
  objective: evidenceObjectiveField,
  files: filesField,
});

/** The evidence files chosen in the "Register a bid" form, each with the objective it supports. */
export const formEvidenceField = z.array(z.object({ objective: evidenceObjectiveField, file: fileField })).default([]);
export type FormEvidence = z.input<typeof formEvidenceField>;
