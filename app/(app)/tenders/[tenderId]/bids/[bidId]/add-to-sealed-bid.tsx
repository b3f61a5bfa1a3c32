import type { ComponentType } from "react";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { BidsPageFrame } from "../bids-page-frame";
import { loadBidReceipt, loadReception } from "../load-reception";
import { ReceptionClosedNotice } from "../reception-closed-notice";

/**
 * A write-only page that joins something the bidder sent (evidence files, a bill of materials) to
 * its sealed bid while reception is open. It names the bid by its receipt number and shows nothing
 * of its content; `namespace` holds its title, lead and the notice for a withdrawn bid.
 */
export async function AddToSealedBidPage({
  params,
  namespace,
  Form,
}: {
  params: Promise<{ tenderId: string; bidId: string }>;
  namespace: "bidReception.evidence" | "bidReception.sbom";
  Form: ComponentType<{ tenderId: string; bidId: string; receiptNumber: number }>;
}) {
  const { tenderId, bidId } = await params;
  const { viewer, tender, state } = await loadReception(tenderId);
  const bid = await loadBidReceipt(viewer, tender.id, bidId);
  const t = await getTranslations(namespace);
  return (
    <BidsPageFrame tender={tender} title={t("title", { number: bid.receiptNumber })} lead={t("lead")}>
      {state !== "OPEN" ? (
        <ReceptionClosedNotice state={state} />
      ) : bid.withdrawnAt ? (
        <Notice title={t("withdrawn")} />
      ) : (
        <Form tenderId={tender.id} bidId={bid.id} receiptNumber={bid.receiptNumber} />
      )}
    </BidsPageFrame>
  );
}
