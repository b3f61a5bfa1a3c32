import "server-only";
import { formatTenderReference } from "@/lib/domain/tender/reference";
import type { DbTransaction } from "@/lib/server/db";

/**
 * The next reference of the organisation for the year, e.g. MIN-2026-0007. One atomic upsert,
 * so two drafters creating tenders at the same moment never get the same number.
 */
export async function nextTenderReference(
  tx: DbTransaction,
  organisation: { id: string },
  year: number,
): Promise<string> {
  const [counter] = await tx.$queryRaw<{ lastSequence: number; referencePrefix: string }[]>`
    WITH bumped AS (
      INSERT INTO "TenderReferenceCounter" ("organisationId", "year", "lastSequence")
      VALUES (${organisation.id}, ${year}, 1)
      ON CONFLICT ("organisationId", "year")
      DO UPDATE SET "lastSequence" = "TenderReferenceCounter"."lastSequence" + 1
      RETURNING "lastSequence"
    )
    SELECT bumped."lastSequence", o."referencePrefix"
    FROM bumped, "Organisation" o WHERE o."id" = ${organisation.id}`;
  if (!counter) throw new Error(`Organisation ${organisation.id} not found while numbering a tender.`);
  return formatTenderReference(counter.referencePrefix, year, counter.lastSequence);
}
