import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { can } from "@/lib/domain/permissions";
import { readBidAccess, readOpenedBids } from "@/lib/server/bids/bid-access";
import { getOpeningView } from "@/lib/server/bids/bid-opening";
import { requireBidTender } from "@/lib/server/bids/require-bid-tender";
import { getDb } from "@/lib/server/db";
import { OpeningState } from "./opening-state";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ tender }, t] = await Promise.all([requireBidTender((await params).tenderId), getTranslations("bidOpening")]);
  return { title: `${t("title")} · ${tender.reference}` };
}

/**
 * The opening of a tender's bids: the deadline, how many bids came in (a count: nothing more is
 * known while they are sealed), who asked for the opening and when, and the step this person can
 * take. Once opened, the bids are listed for those who may read them.
 */
export default async function BidOpeningPage({ params }: Props) {
  const { viewer, tender } = await requireBidTender((await params).tenderId);
  const [t, tComparison, format, view] = await Promise.all([
    getTranslations("bidOpening"),
    getTranslations("bidComparison"),
    getFormatter(),
    getOpeningView(getDb(), viewer, tender.id),
  ]);
  // Calendar days are stored as such: shown as that day, whatever the server's time zone.
  const calendarDay = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  // An evaluation panel may keep this viewer from the bids (a declaration to sign first, say).
  const opened =
    view.phase.kind === "OPENED" &&
    can(viewer.roles, "bid.view") &&
    (await readBidAccess(getDb(), viewer, tender.id)).kind === "ALLOWED";
  const bids = opened ? await readOpenedBids(getDb(), viewer, tender.id) : [];
  const tBid = await getTranslations("openedBid");

  return (
    <div className="max-w-3xl">
      <Link href={`/tenders/${tender.id}/bids`} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} lead={t("lead")} />
      <SummaryList
        rows={[
          {
            key: "deadline",
            label: t("deadline"),
            value: tender.tenderDeadline ? calendarDay(tender.tenderDeadline) : t("noDeadline"),
          },
          ...(view.possibleFrom
            ? [
                {
                  key: "from",
                  label: t("possibleFrom"),
                  value: t("possibleFromValue", { date: calendarDay(view.possibleFrom) }),
                },
              ]
            : []),
          ...(tender.openingDate
            ? [{ key: "planned", label: t("planned"), value: calendarDay(tender.openingDate) }]
            : []),
          {
            key: "received",
            label: t("received"),
            value:
              view.withdrawnCount > 0
                ? t("receivedWithWithdrawn", { count: view.bidCount, withdrawn: view.withdrawnCount })
                : t("receivedCount", { count: view.bidCount }),
          },
        ]}
      />
      <section aria-labelledby="opening-state" className="mb-8">
        <h2 id="opening-state" className="mb-4 text-2xl">
          {t("stateHeading")}
        </h2>
        <OpeningState view={view} viewer={viewer} calendarDay={calendarDay} />
      </section>
      {opened ? (
        <section aria-labelledby="opened-bids" className="mb-8">
          <h2 id="opened-bids" className="mb-4 text-2xl">
            {t("openedBids")}
          </h2>
          <ul className="space-y-2">
            {bids.map((bid) => (
              <li key={bid.id}>
                <Link href={`/tenders/${tender.id}/bids/${bid.id}`}>
                  {bid.blindLabel
                    ? tBid("blindTitle", { label: bid.blindLabel })
                    : t("bidLink", { number: bid.receiptNumber, bidder: bid.content.bidder.name })}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link href={`/tenders/${tender.id}/bids/comparison`} className="font-semibold">
              {tComparison("link")}
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="how-heading" className="border-t border-line pt-6">
        <h2 id="how-heading" className="mb-2 text-xl">
          {t("howHeading")}
        </h2>
        <p className="mb-2">{t("howFourEyes")}</p>
        <p className="mb-2">{t("howSealed")}</p>
        {can(viewer.roles, "bid.register") ? (
          <p>
            <Link href={`/tenders/${tender.id}/bids/internal-costs`}>{t("toInternalCosts")}</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
