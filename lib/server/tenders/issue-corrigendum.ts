import "server-only";
import { diffFields } from "@/lib/domain/diff-fields";
import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import { checkDeadlineChanges } from "@/lib/domain/tender/corrigendum";
import { AppError } from "@/lib/errors";
import { toAuditJson } from "@/lib/server/audit/record-audit-event";
import type { DbTransaction } from "@/lib/server/db";
import type { TenderDto } from "./tender-dto";

/** What a corrigendum save reports, for its audit event. */
export type IssuedCorrigendum = { number: number; section: string; reason: string };

/**
 * Records a change already written to a published tender as its next corrigendum: the fields that
 * changed, before and after, and why. Refuses (rolling the whole save back) a change that changes
 * nothing or moves a deadline against the rules of lib/domain/tender/corrigendum.ts.
 *
 * Call it after the tender's row was updated in the same transaction: the UPDATE holds the row
 * lock until commit, so a second corrigendum of the same tender waits for this one and reads its
 * number; the unique (tenderId, number) stays as a backstop.
 */
export async function issueCorrigendum(
  tx: DbTransaction,
  input: {
    before: TenderDto;
    after: TenderDto;
    section: string;
    reason: string;
    authorId: string;
    today: IsoDate;
  },
): Promise<IssuedCorrigendum> {
  const { before, after, section, reason } = input;
  const problem = checkDeadlineChanges(before, after, input.today)[0];
  if (problem) throw new AppError("VALIDATION", `validation.${problem.code}`, problem.path);
  const changes = diffFields(before, after, ["version", "updatedAt"]);
  if (Object.keys(changes.after).length === 0) throw new AppError("VALIDATION", "errors.corrigendumChangesNothing");

  const last = await tx.tenderCorrigendum.aggregate({ where: { tenderId: after.id }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  await tx.tenderCorrigendum.create({
    data: {
      tenderId: after.id,
      number,
      section,
      reason,
      before: toAuditJson(changes.before),
      after: toAuditJson(changes.after),
      authorId: input.authorId,
    },
  });
  return { number, section, reason };
}
