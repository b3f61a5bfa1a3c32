import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CostTableView } from "@/components/bids/cost-table-view";
import { lastCostYear } from "@/lib/domain/bids/cost-years";
import type { OpenedBidDetail } from "@/lib/server/bids/bid-access";
import type { BidTender } from "@/lib/server/bids/bid-tender";
import { bidInternalCosts } from "@/lib/server/bids/internal-costs";

/**
 * The bidder's prices and, apart from them (decisions.md), the authority's own internal costs
 * that come with this bid. Nominal amounts only: the discounted cost of ownership is the
 * assessment's.
 */
export async function BidCosts({
  tender,
  bid,
  canRegister,
}: {
  tender: BidTender;
  bid: OpenedBidDetail;
  canRegister: boolean;
}) {
  const t = await getTranslations("openedBid");
  const tCost = await getTranslations("costLines");
  const horizon = tender.tcoHorizonYears;
  const lastYear = horizon === null ? null : lastCostYear(horizon);
  const internal = bidInternalCosts(tender, bid);
  return (
    <>
      <section aria-labelledby="prices-heading" className="mb-10">
        <h2 id="prices-heading" className="mb-2 text-2xl">
          {t("pricesHeading")}
        </h2>
        <p className="mb-2 max-w-3xl">{t("pricesLead", { currency: tender.currency })}</p>
        <p className="text-muted mb-4 max-w-3xl">
          {horizon === null ? tCost("yearsExplainedNoHorizon") : tCost("yearsExplained", { horizon, exit: lastYear! })}
        </p>
        <CostTableView
          id="bid-prices"
          lines={bid.content.costLines}
          lastYear={lastYear}
          currency={tender.currency}
          caption={t("pricesCaption", { currency: tender.currency })}
        />
      </section>
      <section aria-labelledby="internal-heading" className="mb-10 border-l-8 border-line pl-4">
        <h2 id="internal-heading" className="mb-2 text-2xl">
          {t("internalHeading")}
        </h2>
        <p className="mb-2 max-w-3xl">{t("internalLead")}</p>
        <p className="mb-4 font-semibold">{internal.source === "BID" ? t("internalOwn") : t("internalTender")}</p>
        <CostTableView
          id="bid-internal-costs"
          lines={internal.lines}
          lastYear={lastYear}
          currency={tender.currency}
          caption={t("internalCaption", { currency: tender.currency })}
        />
        {canRegister ? (
          <p>
            <Link href={`/tenders/${tender.id}/bids/${bid.id}/internal-costs`}>{t("changeInternal")}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
