import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/ui/summary-list";
import type { OpenedBidDetail } from "@/lib/server/bids/bid-access";
import type { BidTender } from "@/lib/server/bids/bid-tender";

/** Who bids, for which lot, with what, and how the bid reached the authority. */
export async function BidSummary({ tender, bid }: { tender: BidTender; bid: OpenedBidDetail }) {
  const [t, format, locale] = await Promise.all([getTranslations("openedBid"), getFormatter(), getLocale()]);
  const { bidder } = bid.content;
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const lot = bid.lotKey ? tender.lots.find((candidate) => candidate.key === bid.lotKey) : null;
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  const contact = [bidder.contactName, bidder.contactEmail].filter(Boolean).join(", ");
  // Blind mode: the label stands for the bidder, and what would identify them is withheld.
  const blind = bid.blindLabel;
  return (
    <section aria-labelledby="about-heading" className="mb-10">
      <h2 id="about-heading" className="mb-4 text-2xl">
        {t("aboutHeading")}
      </h2>
      <SummaryList
        rows={[
          { key: "bidder", label: t("bidder"), value: blind ? t("blindTitle", { label: blind }) : bidder.name },
          { key: "country", label: t("country"), value: countries.of(bidder.country) ?? bidder.country },
          {
            key: "registration",
            label: t("registrationId"),
            value: blind ? t("withheldBlind") : bidder.registrationId,
          },
          { key: "sme", label: t("sme"), value: yesNo(bidder.isSme) },
          { key: "contact", label: t("contact"), value: blind ? t("withheldBlind") : contact || t("notGiven") },
          ...(tender.lots.length > 0
            ? [{ key: "lot", label: t("lot"), value: lot ? `${lot.key}: ${lot.title}` : (bid.lotKey ?? t("notGiven")) }]
            : []),
          { key: "solution", label: t("solution"), value: bid.content.solution || t("notGiven") },
          { key: "openSource", label: t("claimsOpenSource"), value: yesNo(bid.content.claimsOpenSource) },
          {
            key: "received",
            label: t("received"),
            value: format.dateTime(bid.receivedAt, { dateStyle: "long", timeStyle: "short" }),
          },
          {
            key: "source",
            label: t("source"),
            value: t.has(`sources.${bid.source}`) ? t(`sources.${bid.source}`) : bid.source,
          },
        ]}
      />
    </section>
  );
}
