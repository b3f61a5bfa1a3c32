import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { requireViewer, type Viewer } from "@/lib/server/auth/viewer";
import { getBidReceipt } from "@/lib/server/bids/bid-register";
import { bidRegistrationContext, receptionState } from "@/lib/server/bids/bid-reception-tender";
import { getDb } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";

/**
 * For the pages that receive bids (register, import, add a bill of materials, withdraw): the
 * viewer with `bid.register`, their organisation's tender (else the 404 page), whether bids can
 * be received now, and what a bid is checked against.
 */
export async function loadReception(tenderId: string) {
  const viewer = await requireViewer("bid.register");
  const db = getDb();
  const tender = await getTender(db, viewer, tenderId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [state, context] = await Promise.all([receptionState(db, tender), bidRegistrationContext(db, tender)]);
  return { viewer, tender, state, context };
}

/** A bid of that tender by its receipt, or the 404 page: the pages that change a sealed bid name it so. */
export async function loadBidReceipt(viewer: Viewer, tenderId: string, bidId: string) {
  const receipt = await getBidReceipt(getDb(), viewer, tenderId, bidId);
  if (!receipt) notFound();
  return receipt;
}
