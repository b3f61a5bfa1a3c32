import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { BidsPageFrame } from "../../bids-page-frame";
import { loadBidReceipt, loadReception } from "../../load-reception";
import { ReceptionClosedNotice } from "../../reception-closed-notice";
import { EvidenceForm } from "./evidence-form";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.evidence");
  return { title: t("pageTitle") };
}

/**
 * "Add evidence to bid N": files the bidder sent in support of its sovereignty self-assessment,
 * joined to the sealed bid, write-only, like a bill of materials. The page names the bid by its
 * receipt number and shows nothing of its content or of the files it already has.
 */
export default async function AddEvidencePage({ params }: Props) {
  const { tenderId, bidId } = await params;
  const { viewer, tender, state } = await loadReception(tenderId);
  const bid = await loadBidReceipt(viewer, tender.id, bidId);
  const t = await getTranslations("bidReception.evidence");
  return (
    <BidsPageFrame tender={tender} title={t("title", { number: bid.receiptNumber })} lead={t("lead")}>
      {state !== "OPEN" ? (
        <ReceptionClosedNotice state={state} />
      ) : bid.withdrawnAt ? (
        <Notice title={t("withdrawn")} />
      ) : (
        <EvidenceForm tenderId={tender.id} bidId={bid.id} receiptNumber={bid.receiptNumber} />
      )}
    </BidsPageFrame>
  );
}
