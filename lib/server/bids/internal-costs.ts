import "server-only";
import { createHash } from "node:crypto";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { costLineYearProblems, internalCostsFor, type InternalCosts } from "@/lib/domain/bids/internal-costs";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { messageRef } from "@/lib/i18n/message-ref";
import { toAuditJson, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient, DbTransaction } from "@/lib/server/db";
import { readOpenedBid } from "./bid-access";
import { readBidTender, readCostLines, type BidTender } from "./bid-tender";

/**
 * The authority's internal costs: the tender's lines, which apply to every bid, and a bid's own
 * lines where they differ. They are the authority's estimates, not a bid's content, so the
 * tender's can be entered before the opening; a bid's own only once the bid can be read.
 */
type AuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

/** Identifies a list of lines, so a save can tell whether someone changed them since the form loaded. */
export function costLinesFingerprint(lines: readonly CostLine[]): string {
  // Values in a fixed order: JSON columns do not keep the order of an object's keys.
  const values = lines.map((line) => [line.category, line.year, line.amountCents, line.note]);
  return createHash("sha256").update(JSON.stringify(values)).digest("hex");
}

export async function readTenderInternalCosts(db: DbClient, viewer: Viewer, tenderId: string) {
  const tender = await readBidTender(db, viewer, tenderId);
  return { tender, lines: tender.internalCosts, fingerprint: costLinesFingerprint(tender.internalCosts) };
}

/** The lines that apply to an opened bid, and whether they are its own or the tender's. */
export function bidInternalCosts(tender: BidTender, bid: { internalCosts: CostLine[] | null }): InternalCosts {
  return internalCostsFor(tender.internalCosts, bid.internalCosts === null ? null : readCostLines(bid.internalCosts));
}

export async function saveTenderInternalCosts(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; fingerprint: string; lines: CostLine[] },
): Promise<{ fingerprint: string; event: AuditEntry }> {
  const tender = await readBidTender(tx, viewer, input.tenderId);
  if (tender.costsHidden) throw new AppError("FORBIDDEN", "errors.evaluation.costsHidden");
  // Locked, then compared: two people saving at once cannot both pass the check.
  const [row] = await tx.$queryRaw<{ internalCosts: unknown }[]>`
    SELECT "internalCosts" FROM "Tender" WHERE "id" = ${tender.id} FOR UPDATE`;
  const before = readCostLines(row?.internalCosts);
  if (costLinesFingerprint(before) !== input.fingerprint) {
    throw new AppError("CONFLICT", "errors.internalCostsChangedMeanwhile");
  }
  const lines = checkedLines(input.lines, tender);
  await tx.tender.update({ where: { id: tender.id }, data: { internalCosts: toAuditJson(lines) } });
  return {
    fingerprint: costLinesFingerprint(lines),
    event: {
      action: "tender.internal_costs_saved",
      entityType: "Tender",
      entityId: tender.id,
      before: toAuditJson({ lines: before }),
      after: toAuditJson({ lines }),
    },
  };
}

/** Gives an opened bid its own lines (`lines`), or takes them away (null: the tender's apply again). */
export async function saveBidInternalCosts(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; bidId: string; version: number; lines: CostLine[] | null },
): Promise<{ version: number; event: AuditEntry }> {
  const tender = await readBidTender(tx, viewer, input.tenderId);
  if (tender.costsHidden) throw new AppError("FORBIDDEN", "errors.evaluation.costsHidden");
  const bid = await readOpenedBid(tx, viewer, input.tenderId, input.bidId);
  if (bid.version !== input.version) throw new AppError("CONFLICT", "errors.bidChangedMeanwhile");
  const lines = input.lines === null ? null : checkedLines(input.lines, tender);
  const updated = await tx.bid.updateMany({
    where: { id: bid.id, version: bid.version },
    data: { internalCosts: lines === null ? Prisma.DbNull : toAuditJson(lines), version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "errors.bidChangedMeanwhile");
  const before = bidInternalCosts(tender, bid);
  const after = internalCostsFor(tender.internalCosts, lines);
  return {
    version: bid.version + 1,
    event: {
      action: "bid.internal_costs_saved",
      entityType: "Bid",
      entityId: bid.id,
      before: toAuditJson({ receiptNumber: bid.receiptNumber, ...before }),
      after: toAuditJson({ receiptNumber: bid.receiptNumber, ...after }),
    },
  };
}

/** The form's lines, refused at the first line whose year is beyond the tender's last year. */
function checkedLines(lines: CostLine[], tender: BidTender): CostLine[] {
  const [problem] = costLineYearProblems(lines, tender.tcoHorizonYears);
  if (problem) {
    throw new AppError("VALIDATION", messageRef(`validation.${problem.code}`, problem.values), problem.path);
  }
  return lines;
}
