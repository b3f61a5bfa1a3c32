import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { AbnormallyLowSection } from "./abnormally-low-section";
import { LicencesSection } from "./licences-section";
import { loadAssessment } from "./load-assessment";
import { OpennessPointsSection } from "./openness-points-section";
import { SovereigntySection } from "./sovereignty-section";
import { StandardsSection } from "./standards-section";
import { TcoSection } from "./tco-section";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenderId, bidId } = await params;
  const [loaded, t] = await Promise.all([loadAssessment(tenderId, bidId), getTranslations("bidAssessment")]);
  const number = loaded.receipt.receiptNumber;
  return {
    title:
      loaded.state === "OPENED"
        ? `${t("title", { number, bidder: loaded.bid.bidderName })} · ${loaded.tender.reference}`
        : `${t("sealedTitle", { number })} · ${loaded.tender.reference}`,
  };
}

/** The sections' headings (their ids) and their names under bidAssessment.sections. */
const SECTIONS = [
  ["tco-heading", "tco"],
  ["licences-heading", "licences"],
  ["sovereignty-heading", "sovereignty"],
  ["standards-heading", "standards"],
  ["openness-points-heading", "opennessPoints"],
  ["abnormally-low-heading", "abnormallyLow"],
] as const;

/**
 * What the app computes from one opened bid before any scoring: its total cost of ownership,
 * licences, sovereignty, open standards, the points of the openness criteria the tender computes
 * automatically, and the abnormally-low check. Before the opening it says
 * the bid is sealed, and nothing else.
 */
export default async function BidAssessmentPage({ params }: Props) {
  const { tenderId, bidId } = await params;
  const loaded = await loadAssessment(tenderId, bidId);
  const { tender, receipt } = loaded;
  const [t, tBid, tErrors] = await Promise.all([
    getTranslations("bidAssessment"),
    getTranslations("openedBid"),
    getTranslations("errors"),
  ]);
  const caption = `${tender.reference} · ${tender.title}`;
  const bidPath = `/tenders/${tender.id}/bids/${receipt.id}`;
  const comparisonPath = `/tenders/${tender.id}/bids/comparison${receipt.lotKey ? `?lot=${encodeURIComponent(receipt.lotKey)}` : ""}`; // prettier-ignore

  if (loaded.state !== "OPENED") {
    return (
      <div className="max-w-3xl">
        <Link href={bidPath} className="mb-6 inline-block">
          {t("backToBid")}
        </Link>
        <PageHeading caption={caption} title={t("sealedTitle", { number: receipt.receiptNumber })} />
        {loaded.state === "WITHDRAWN" ? (
          <Notice title={tBid("withdrawnTitle")}>
            <p>{tBid("withdrawnBody")}</p>
          </Notice>
        ) : loaded.state === "REFUSED" ? (
          <Notice title={tBid("refusedTitle")}>
            <p>{tErrors(loaded.messageKey.replace(/^errors\./, ""))}</p>
          </Notice>
        ) : (
          <Notice title={tBid("sealedNoticeTitle")}>
            <p className="mb-2">{t("sealedBody")}</p>
            <Link href={`/tenders/${tender.id}/bids/opening`}>{tBid("toOpening")}</Link>
          </Notice>
        )}
      </div>
    );
  }

  const { bid, pricesHidden } = loaded;
  // Costs withheld by the evaluation panel: no cost of ownership, no abnormally-low check.
  const sections = SECTIONS.filter(
    ([, key]) =>
      (!pricesHidden || (key !== "tco" && key !== "abnormallyLow")) &&
      (key !== "opennessPoints" || bid.automaticOpenness.length > 0),
  );
  const lot = receipt.lotKey ? tender.lots.find((candidate) => candidate.key === receipt.lotKey) : undefined;
  return (
    <div className="max-w-6xl">
      <Link href={bidPath} className="mb-6 inline-block">
        {t("backToBid")}
      </Link>
      <PageHeading
        caption={caption}
        title={t("title", { number: bid.receiptNumber, bidder: bid.bidderName })}
        lead={t("lead")}
      />
      {lot ? <p className="mb-4 font-semibold">{t("lot", { key: lot.key, title: lot.title })}</p> : null}
      {!bid.admissible && bid.sovereignty?.gate === "EXCLUDED" ? (
        <Notice tone="danger" title={t("excludedTitle")}>
          <p>{t("excludedBody", { objectives: bid.sovereignty.failedObjectives.join(", ") })}</p>
        </Notice>
      ) : null}
      <nav aria-labelledby="contents-heading" className="mb-10">
        <h2 id="contents-heading" className="mb-2 text-lg">
          {t("contents")}
        </h2>
        <ul className="list-disc pl-6">
          {sections.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`sections.${key}`)}</a>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href={comparisonPath}>{lot ? t("toComparisonLot", { key: lot.key }) : t("toComparison")}</Link>
        </p>
      </nav>
      {pricesHidden ? (
        <Notice title={tBid("pricesHiddenTitle")}>
          <p>{tBid("pricesHidden")}</p>
        </Notice>
      ) : (
        <TcoSection bid={bid} settings={loaded.settings} currency={tender.currency} />
      )}
      <LicencesSection bid={bid} outboundLicence={loaded.outboundLicence} />
      <SovereigntySection bid={bid} />
      <StandardsSection bid={bid} />
      {bid.automaticOpenness.length > 0 ? <OpennessPointsSection bid={bid} /> : null}
      {pricesHidden ? null : (
        <AbnormallyLowSection bid={bid} estimatedValueCents={loaded.estimatedValueCents} currency={tender.currency} />
      )}
    </div>
  );
}
