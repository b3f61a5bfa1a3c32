import "server-only";
import { notFound } from "next/navigation";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readBidReceipt, type BidReceipt } from "@/lib/server/bids/bid-access";
import { assessTenderBids, type AssessmentSettings } from "@/lib/server/bids/assess-tender-bids";
import type { BidTender } from "@/lib/server/bids/bid-tender";
import { requireBidTender } from "@/lib/server/bids/require-bid-tender";
import type { OutboundLicence } from "@/lib/domain/licences";
import { getDb } from "@/lib/server/db";

export type LoadedAssessment =
  | { viewer: Viewer; tender: BidTender; state: "SEALED" | "WITHDRAWN"; receipt: BidReceipt }
  | {
      viewer: Viewer;
      tender: BidTender;
      state: "OPENED";
      receipt: BidReceipt;
      settings: AssessmentSettings;
      outboundLicence: OutboundLicence;
      /** The estimated value the abnormally-low check used (the lot's for a lot's bid). */
      estimatedValueCents: number | null;
      bid: BidFullAssessmentView;
    };

/**
 * The assessment page's data: the bid's assessment among the bids of its lot (the abnormally-low
 * check compares it with them), for those who may read bids; for a sealed or withdrawn bid its
 * receipt only; the 403 page without `bid.view`, the 404 page for what the viewer cannot reach.
 */
export async function loadAssessment(tenderId: string, bidId: string): Promise<LoadedAssessment> {
  const { viewer, tender } = await requireBidTender(tenderId, "bid.view");
  try {
    const { receipt } = await readBidReceipt(getDb(), viewer, tender.id, bidId);
    if (receipt.withdrawnAt) return { viewer, tender, state: "WITHDRAWN", receipt };
    const result = await assessTenderBids(getDb(), viewer, tender.id, receipt.lotKey);
    if (result.state === "SEALED") return { viewer, tender, state: "SEALED", receipt };
    const bid = result.assessment.bids.find((candidate) => candidate.id === bidId);
    if (!bid) notFound();
    return {
      viewer,
      tender,
      state: "OPENED",
      receipt,
      settings: result.settings,
      outboundLicence: result.outboundLicence,
      estimatedValueCents: result.assessment.estimatedValueCents,
      bid,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
