import "server-only";
import type { BidRegistrationContext } from "@/lib/domain/bids/check-bid-registration";
import { bidTenderContext } from "@/lib/domain/assessment/assessment-tender";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { DbClient, DbTransaction } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";

/** What a bid entered for this tender is checked against (lib/domain/bids/check-bid-registration.ts). */
export async function bidRegistrationContext(db: DbClient, tender: TenderDto): Promise<BidRegistrationContext> {
  const definitions = await getChosenClauseVersions(db, tender.clauses);
  return {
    // The same context the assessment uses, so entry and assessment agree on years, lots, standards.
    ...bidTenderContext(tender, definitions),
    tenderDeadline: tender.tenderDeadline,
    publicationDate: tender.publicationDate,
  };
}

export type ReceptionState = "OPEN" | "NOT_PUBLISHED" | "NO_DEADLINE" | "OPENING_REQUESTED" | "OPENED";

/**
 * Whether bids can be received for a tender now: only while it is published and before anyone
 * has asked to open its bids (a bid added between the request and the confirmation would be
 * opened by a person who did not ask for it).
 */
export async function receptionState(
  db: DbClient,
  tender: Pick<TenderDto, "id" | "status" | "tenderDeadline">,
): Promise<ReceptionState> {
  // The opening moves the tender on to evaluation: say that, rather than "not published".
  const opening = await db.bidOpening.findUnique({ where: { tenderId: tender.id }, select: { openedAt: true } });
  if (opening?.openedAt) return "OPENED";
  if (opening) return "OPENING_REQUESTED";
  if (tender.status !== "PUBLISHED") return "NOT_PUBLISHED";
  return tender.tenderDeadline === null ? "NO_DEADLINE" : "OPEN";
}

const REFUSAL: Record<Exclude<ReceptionState, "OPEN">, string> = {
  NOT_PUBLISHED: "errors.bidReception.tenderNotPublished",
  NO_DEADLINE: "errors.bidReception.noDeadline",
  OPENING_REQUESTED: "errors.bidReception.openingRequested",
  OPENED: "errors.bidReception.bidsOpened",
};

/**
 * For every change to a tender's sealed bids: the viewer's tender, locked for the rest of the
 * transaction (receipt numbers are taken one after another, and nobody changes the tender's
 * status or dates under the check), refused unless bids can be received now.
 * SECURITY: the gate of every write to bids before the opening; change it with a second reviewer.
 */
export async function lockTenderForReception(
  tx: DbTransaction,
  viewer: Viewer,
  tenderId: string,
): Promise<{ tender: TenderDto; context: BidRegistrationContext }> {
  if (!can(viewer.roles, "bid.register")) throw new AppError("FORBIDDEN");
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Tender" WHERE "id" = ${tenderId} AND "organisationId" = ${viewer.organisation.id} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND");
  const tender = await getTender(tx, viewer, tenderId);
  const state = await receptionState(tx, tender);
  if (state !== "OPEN") throw new AppError("INVALID_STATE", REFUSAL[state]);
  return { tender, context: await bidRegistrationContext(tx, tender) };
}
