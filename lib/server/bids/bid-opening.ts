import "server-only";
import {
  calendarDayAt,
  checkOpeningStep,
  openingPhase,
  openingPossibleFrom,
  type OpeningContext,
  type OpeningPhase,
  type OpeningStep,
} from "@/lib/domain/bids/opening";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { AuditEventInput } from "@/lib/server/audit/record-audit-event";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient, DbTransaction } from "@/lib/server/db";
import { recordTenderRevision } from "@/lib/server/tenders/record-tender-revision";
import { listBidReceipts } from "./bid-access";
import { readBidTender, type BidTender } from "./bid-tender";

/**
 * The four-eyes opening (lib/domain/bids/opening.ts decides who may take which step, and when).
 * Each step runs in the action's transaction after locking the tender's row, so two steps on
 * one tender never interleave: a second request, a second confirmation, or a confirmation racing
 * a withdrawal finds the state the first one left and is refused. Each step is one audit event,
 * with counts and people, never a bid's content.
 * SECURITY: the only code that opens bids; change it with a second reviewer.
 */
export type OpeningPerson = { id: string; name: string; email: string };
export type OpeningView = {
  tender: BidTender;
  phase: OpeningPhase;
  /** The first day the bids may be opened (the day after the deadline), when there is a deadline. */
  possibleFrom: string | null;
  bidCount: number;
  withdrawnCount: number;
  request: {
    id: string;
    requestedBy: OpeningPerson;
    requestedAt: Date;
    confirmedBy: OpeningPerson | null;
    openedAt: Date | null;
  } | null;
};

export type OpeningAuditEntry = Omit<AuditEventInput, "actor" | "organisationId">;

export async function getOpeningView(db: DbClient, viewer: Viewer, tenderId: string, now = new Date()) {
  const { tender, context, opening } = await loadContext(db, viewer, tenderId, now);
  const people = await peopleById(db, [opening?.requestedById, opening?.confirmedById]);
  const view: OpeningView = {
    tender,
    phase: openingPhase(context),
    possibleFrom: tender.tenderDeadline ? openingPossibleFrom(tender.tenderDeadline) : null,
    bidCount: context.bidCount,
    withdrawnCount: context.withdrawnCount,
    request: opening
      ? {
          id: opening.id,
          requestedBy: people(opening.requestedById),
          requestedAt: opening.requestedAt,
          confirmedBy: opening.confirmedById ? people(opening.confirmedById) : null,
          openedAt: opening.openedAt,
        }
      : null,
  };
  return view;
}

export async function requestOpening(tx: DbTransaction, viewer: Viewer, tenderId: string, now = new Date()) {
  const { context } = await lockedContext(tx, viewer, tenderId, now, "request");
  const opening = await tx.bidOpening.create({
    data: { tenderId, requestedById: viewer.userId, requestedAt: now },
    select: { id: true },
  });
  return event("bid.opening_requested", tenderId, undefined, {
    requestId: opening.id,
    requestedBy: viewer.email,
    bidCount: context.bidCount,
  });
}

export async function withdrawOpeningRequest(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; requestId: string },
) {
  const { opening } = await lockedContext(tx, viewer, input.tenderId, new Date(), "withdraw", input.requestId);
  await tx.bidOpening.delete({ where: { id: opening!.id } });
  return event(
    "bid.opening_withdrawn",
    input.tenderId,
    { requestId: opening!.id, requestedAt: opening!.requestedAt.toISOString() },
    { withdrawnBy: viewer.email },
  );
}

export async function confirmOpening(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; requestId: string },
  now = new Date(),
) {
  const { context, opening } = await lockedContext(tx, viewer, input.tenderId, now, "confirm", input.requestId);
  // The conditions again in the write itself: belt and braces behind the row lock.
  const updated = await tx.bidOpening.updateMany({
    where: { id: opening!.id, openedAt: null, requestedById: { not: viewer.userId } },
    data: { confirmedById: viewer.userId, openedAt: now },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "errors.bidOpening.changedMeanwhile");
  // Opening the bids starts the evaluation (PUBLISHED → EVALUATION): not a button of the
  // lifecycle, so the move is recorded here, as a revision and in the opening's audit event.
  const moved = await tx.tender.updateMany({
    where: { id: input.tenderId, status: "PUBLISHED" },
    data: { status: "EVALUATION", version: { increment: 1 } },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", "errors.bidOpening.changedMeanwhile");
  const after = await recordTenderRevision(tx, input.tenderId, "status", viewer.userId);
  const requester = (await peopleById(tx, [opening!.requestedById]))(opening!.requestedById);
  return event(
    "bid.opened",
    input.tenderId,
    {
      requestId: opening!.id,
      requestedBy: requester.email,
      requestedAt: opening!.requestedAt.toISOString(),
      status: "PUBLISHED",
    },
    {
      confirmedBy: viewer.email,
      openedAt: now.toISOString(),
      bidCount: context.bidCount,
      status: after.status,
      version: after.version,
    },
  );
}

/**
 * Locks the tender's row for the rest of the transaction, then checks the step against the state
 * as it is now. With `requestId`, the request the person saw must still be the one that stands.
 */
async function lockedContext(
  tx: DbTransaction,
  viewer: Viewer,
  tenderId: string,
  now: Date,
  step: OpeningStep,
  requestId?: string,
) {
  await readBidTender(tx, viewer, tenderId);
  await tx.$queryRaw`SELECT "id" FROM "Tender" WHERE "id" = ${tenderId} FOR UPDATE`;
  const loaded = await loadContext(tx, viewer, tenderId, now);
  const refusal = checkOpeningStep(step, loaded.context, viewer.userId);
  if (refusal) throw new AppError(REFUSAL_CODES[refusal], `errors.bidOpening.${refusal}`);
  if (requestId !== undefined && loaded.opening?.id !== requestId) {
    throw new AppError("CONFLICT", "errors.bidOpening.changedMeanwhile");
  }
  return loaded;
}

const REFUSAL_CODES: Record<NonNullable<ReturnType<typeof checkOpeningStep>>, AppErrorCode> = {
  alreadyOpened: "CONFLICT",
  alreadyRequested: "CONFLICT",
  notRequested: "CONFLICT",
  notRequester: "FORBIDDEN",
  sameUser: "FORBIDDEN",
  notPublished: "INVALID_STATE",
  noDeadline: "INVALID_STATE",
  beforeDeadline: "INVALID_STATE",
  noBids: "INVALID_STATE",
};

async function loadContext(db: DbClient, viewer: Viewer, tenderId: string, now: Date) {
  const tender = await readBidTender(db, viewer, tenderId);
  const [{ receipts }, opening] = await Promise.all([
    listBidReceipts(db, viewer, tenderId),
    db.bidOpening.findUnique({ where: { tenderId } }),
  ]);
  const withdrawnCount = receipts.filter((receipt) => receipt.withdrawnAt !== null).length;
  const context: OpeningContext & { withdrawnCount: number } = {
    status: tender.status,
    tenderDeadline: tender.tenderDeadline,
    today: calendarDayAt(now),
    bidCount: receipts.length - withdrawnCount,
    withdrawnCount,
    opening,
  };
  return { tender, context, opening };
}

async function peopleById(db: DbClient, ids: (string | null | undefined)[]) {
  const wanted = ids.filter((id): id is string => typeof id === "string");
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  // An account deleted since keeps its place in the record, without a name.
  return (id: string): OpeningPerson => users.find((user) => user.id === id) ?? { id, name: "", email: "" };
}

function event(
  action: string,
  tenderId: string,
  before: OpeningAuditEntry["before"],
  after: OpeningAuditEntry["after"],
): OpeningAuditEntry {
  return { action, entityType: "Tender", entityId: tenderId, before, after };
}
