import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { BidsPageFrame } from "../../bids-page-frame";
import { loadBidReceipt, loadReception } from "../../load-reception";
import { ReceptionClosedNotice } from "../../reception-closed-notice";
import { WithdrawForm } from "./withdraw-form";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.withdraw");
  return { title: t("pageTitle") };
}

/** "Withdraw bid N": the bid stays in the register, marked withdrawn with the reason. */
export default async function WithdrawBidPage({ params }: Props) {
  const { tenderId, bidId } = await params;
  const { viewer, tender, state } = await loadReception(tenderId);
  const bid = await loadBidReceipt(viewer, tender.id, bidId);
  const t = await getTranslations("bidReception.withdraw");
  return (
    <BidsPageFrame tender={tender} title={t("title", { number: bid.receiptNumber })} lead={t("lead")}>
      {state !== "OPEN" ? (
        <ReceptionClosedNotice state={state} />
      ) : bid.withdrawnAt ? (
        <Notice title={t("already")} />
      ) : (
        <WithdrawForm tenderId={tender.id} bidId={bid.id} receiptNumber={bid.receiptNumber} />
      )}
    </BidsPageFrame>
  );
}
