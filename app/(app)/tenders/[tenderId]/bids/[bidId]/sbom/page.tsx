import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { BidsPageFrame } from "../../bids-page-frame";
import { loadBidReceipt, loadReception } from "../../load-reception";
import { ReceptionClosedNotice } from "../../reception-closed-notice";
import { SbomForm } from "./sbom-form";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.sbom");
  return { title: t("pageTitle") };
}

/**
 * "Add a software bill of materials to bid N": write-only. The page names the bid by its receipt
 * number and shows nothing of its content, before or after; the components join the sealed bid.
 */
export default async function AddSbomPage({ params }: Props) {
  const { tenderId, bidId } = await params;
  const { viewer, tender, state } = await loadReception(tenderId);
  const bid = await loadBidReceipt(viewer, tender.id, bidId);
  const t = await getTranslations("bidReception.sbom");
  return (
    <BidsPageFrame tender={tender} title={t("title", { number: bid.receiptNumber })} lead={t("lead")}>
      {state !== "OPEN" ? (
        <ReceptionClosedNotice state={state} />
      ) : bid.withdrawnAt ? (
        <Notice title={t("withdrawn")} />
      ) : (
        <SbomForm tenderId={tender.id} bidId={bid.id} receiptNumber={bid.receiptNumber} />
      )}
    </BidsPageFrame>
  );
}
