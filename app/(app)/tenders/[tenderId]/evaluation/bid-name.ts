import { getTranslations } from "next-intl/server";

/**
 * How the evaluation pages name a bid: "Bid 2: Codeworks Cooperative SCE", or, in blind mode,
 * its label only ("Bid A"): the receipt number would tell who bid when.
 */
export async function bidNamer(): Promise<
  (bid: { receiptNumber: number; blindLabel: string | null; content: { bidder: { name: string } } }) => string
> {
  const [tBid, tOpening] = await Promise.all([getTranslations("openedBid"), getTranslations("bidOpening")]);
  return (bid) =>
    bid.blindLabel
      ? tBid("blindTitle", { label: bid.blindLabel })
      : tOpening("bidLink", { number: bid.receiptNumber, bidder: bid.content.bidder.name });
}
