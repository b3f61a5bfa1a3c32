import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/domain/permissions";
import { bidInternalCosts } from "@/lib/server/bids/internal-costs";
import { loadBid } from "../load-bid";
import { BidInternalCostsForm, ResetBidInternalCostsForm } from "./bid-internal-costs-form";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

async function load(params: Props["params"]) {
  const { tenderId, bidId } = await params;
  const loaded = await loadBid(tenderId, bidId);
  if (!can(loaded.viewer.roles, "bid.register") || loaded.tender.costsHidden) forbidden();
  return loaded;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [loaded, t] = await Promise.all([load(params), getTranslations("internalCosts.bid")]);
  return { title: `${t("title", { number: loaded.receipt.receiptNumber })} · ${loaded.tender.reference}` };
}

/**
 * One opened bid's own internal costs, where they differ from the tender's (more of the
 * authority's staff time to run it, say): procurement staff enter them, never the bidder.
 */
export default async function BidInternalCostsPage({ params }: Props) {
  const loaded = await load(params);
  const { tender, receipt } = loaded;
  const t = await getTranslations("internalCosts.bid");
  const bidPage = `/tenders/${tender.id}/bids/${receipt.id}`;
  const header = (
    <>
      <Link href={bidPage} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("title", { number: receipt.receiptNumber })}
        lead={t("lead")}
      />
    </>
  );
  if (loaded.state !== "OPENED") {
    return (
      <div className="max-w-3xl">
        {header}
        <Notice title={t("sealed")} />
      </div>
    );
  }
  const { bid } = loaded;
  const internal = bidInternalCosts(tender, bid);
  const ids = { tenderId: tender.id, bidId: bid.id, version: bid.version };
  return (
    <div className="max-w-3xl">
      {header}
      <p className="mb-2 font-semibold">
        {t("bidder", { bidder: bid.content.bidder.name })} {internal.source === "BID" ? t("usesOwn") : t("usesTender")}
      </p>
      {internal.source === "TENDER" ? <p className="mb-6">{t("startFromTender")}</p> : null}
      <BidInternalCostsForm
        ids={ids}
        lines={internal.lines}
        currency={tender.currency}
        tcoHorizonYears={tender.tcoHorizonYears}
      />
      {internal.source === "BID" ? (
        <section aria-labelledby="reset-heading" className="mt-10 border-t border-line pt-6">
          <h2 id="reset-heading" className="mb-2 text-xl">
            {t("resetHeading")}
          </h2>
          <p className="mb-4">{t("resetHint")}</p>
          <ResetBidInternalCostsForm ids={ids} />
        </section>
      ) : null}
    </div>
  );
}
