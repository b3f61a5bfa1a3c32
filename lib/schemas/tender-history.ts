import { z } from "zod";
import { idField, versionField } from "./fields";

/**
 * Restoring an older revision: which one, and the version of the tender the page showed (a
 * restore over someone else's later save gets CONFLICT, like any save).
 */
export const restoreRevisionSchema = z.object({
  tenderId: idField,
  revision: versionField,
  version: versionField,
});
export type RestoreRevisionInput = z.infer<typeof restoreRevisionSchema>;

/** A version in the address: digits only (an empty parameter is no version, not version 0). */
const revisionParam = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

/** The history's page number; anything unreadable is the first page. */
export const revisionHistoryQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  restored: revisionParam.optional().catch(undefined),
});

/**
 * The comparison's address: `from` and `to` are versions; `to=latest` is the tender as it is now
 * (the edit-conflict notice links to `?from=<version the form was loaded at>&to=latest`). `all`
 * also shows the answers that did not change.
 */
export const revisionCompareQuerySchema = z.object({
  from: revisionParam.optional().catch(undefined),
  to: z
    .union([z.literal("latest"), revisionParam])
    .optional()
    .catch(undefined),
  all: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
});
export type RevisionCompareQuery = z.infer<typeof revisionCompareQuerySchema>;

/** The confirmation page of a restore: the version to bring back. */
export const revisionRestoreQuerySchema = z.object({
  version: revisionParam.optional().catch(undefined),
});
