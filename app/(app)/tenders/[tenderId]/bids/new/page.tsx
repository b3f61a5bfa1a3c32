import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findOpenStandard } from "@/lib/domain/standards/open-standards";
import { BidsPageFrame } from "../bids-page-frame";
import { loadReception } from "../load-reception";
import { ReceptionClosedNotice } from "../reception-closed-notice";
import { BidForm } from "./bid-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.form");
  return { title: t("title") };
}

/** "Register a bid": one bid typed from what the bidder sent, sealed as soon as it is saved. */
export default async function RegisterBidPage({ params }: Props) {
  const { tender, state, context } = await loadReception((await params).tenderId);
  const t = await getTranslations("bidReception.form");
  return (
    <BidsPageFrame tender={tender} title={t("title")} lead={t("lead")}>
      {state === "OPEN" ? (
        <BidForm
          tender={{
            id: tender.id,
            currency: tender.currency,
            lots: tender.lots.map((lot) => ({ key: lot.key, title: lot.title })),
            standards: context.requiredStandardIds.map((id) => ({ id, name: findOpenStandard(id)?.name ?? id })),
            context,
          }}
        />
      ) : (
        <ReceptionClosedNotice state={state} />
      )}
    </BidsPageFrame>
  );
}
