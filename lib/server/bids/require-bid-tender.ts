import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Permission } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { requireViewer, type Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { canHandleBids, readBidTender, type BidTender } from "./bid-tender";

/**
 * For bid pages: the viewer and the tender as bid pages see it (bid-tender.ts), or the 403 page
 * for someone who handles no bids, or the 404 page for a tender they cannot reach. Pages that
 * need `bid.register` (internal costs) are refused too to a panel member from whom the panel
 * withholds costs.
 */
export async function requireBidTender(
  tenderId: string,
  permission?: Permission,
): Promise<{ viewer: Viewer; tender: BidTender }> {
  const viewer = await requireViewer(permission);
  if (!canHandleBids(viewer) || (permission && !can(viewer.roles, permission))) forbidden();
  let tender: BidTender;
  try {
    tender = await readBidTender(getDb(), viewer, tenderId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  if (permission === "bid.register" && tender.costsHidden) forbidden();
  return { viewer, tender };
}
