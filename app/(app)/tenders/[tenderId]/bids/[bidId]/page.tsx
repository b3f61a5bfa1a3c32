import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/permissions";
import { AttachmentList } from "./attachment-list";
import { BidComponents } from "./bid-components";
import { BidCosts } from "./bid-costs";
import { BidSummary } from "./bid-summary";
import { loadBid } from "./load-bid";
import { SovereigntyClaims } from "./sovereignty-claims";
import { StandardAnswers } from "./standard-answers";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenderId, bidId } = await params;
  const [loaded, t] = await Promise.all([loadBid(tenderId, bidId), getTranslations("openedBid")]);
  const number = loaded.receipt.receiptNumber;
  if (loaded.state !== "OPENED") return { title: `${t("sealedTitle", { number })} · ${loaded.tender.reference}` };
  const { bid } = loaded;
  return {
    title: bid.blindLabel
      ? `${t("blindTitle", { label: bid.blindLabel })} · ${loaded.tender.reference}`
      : `${t("title", { number, bidder: bid.content.bidder.name })} · ${loaded.tender.reference}`,
  };
}

/**
 * One bid, as the bidder submitted it, once the bids are opened: never edited afterwards. Before
 * the opening the page says the bid is sealed and shows nothing of it but its receipt number.
 */
export default async function BidPage({ params }: Props) {
  const { tenderId, bidId } = await params;
  const loaded = await loadBid(tenderId, bidId);
  const { viewer, tender, receipt } = loaded;
  const [t, tErrors, tAssessment] = await Promise.all([
    getTranslations("openedBid"),
    getTranslations("errors"),
    getTranslations("bidAssessment"),
  ]);
  const back = can(viewer.roles, "bid.register")
    ? { href: `/tenders/${tender.id}/bids`, label: t("back") }
    : { href: "/evaluations", label: t("backToEvaluations") };
  const caption = `${tender.reference} · ${tender.title}`;

  if (loaded.state === "REFUSED") {
    return (
      <div className="max-w-3xl">
        <Link href={back.href} className="mb-6 inline-block">
          {back.label}
        </Link>
        <PageHeading caption={caption} title={t("sealedTitle", { number: receipt.receiptNumber })} />
        <Notice title={t("refusedTitle")}>
          <p className="mb-2">{tErrors(loaded.messageKey.replace(/^errors\./, ""))}</p>
          {/\.(notOnPanel|noPanel)$/.test(loaded.messageKey) ? null : (
            <Link href={`/tenders/${tender.id}/evaluation`}>{t("toEvaluation")}</Link>
          )}
        </Notice>
      </div>
    );
  }

  if (loaded.state !== "OPENED") {
    return (
      <div className="max-w-3xl">
        <Link href={back.href} className="mb-6 inline-block">
          {back.label}
        </Link>
        <PageHeading caption={caption} title={t("sealedTitle", { number: receipt.receiptNumber })} />
        {loaded.state === "WITHDRAWN" ? (
          <Notice title={t("withdrawnTitle")}>
            <p>{t("withdrawnBody")}</p>
          </Notice>
        ) : (
          <Notice title={t("sealedNoticeTitle")}>
            <p className="mb-2">{t("sealedBody")}</p>
            <Link href={`/tenders/${tender.id}/bids/opening`}>{t("toOpening")}</Link>
          </Notice>
        )}
      </div>
    );
  }

  const { bid } = loaded;
  const otherAttachments = bid.attachments.filter((attachment) => attachment.objective === null);
  return (
    <div className="max-w-5xl">
      <Link href={back.href} className="mb-6 inline-block">
        {back.label}
      </Link>
      <PageHeading
        caption={caption}
        title={
          bid.blindLabel
            ? t("blindTitle", { label: bid.blindLabel })
            : t("title", { number: bid.receiptNumber, bidder: bid.content.bidder.name })
        }
        lead={t("lead")}
      />
      {bid.blindLabel ? (
        <Notice title={t("blindNoticeTitle")}>
          <p>{t("blindNotice")}</p>
        </Notice>
      ) : null}
      <p className="mb-8 text-lg">
        <Link href={`/tenders/${tender.id}/bids/${bid.id}/assessment`} className="font-semibold">
          {tAssessment("link")}
        </Link>
      </p>
      <BidSummary tender={tender} bid={bid} />
      {bid.pricesHidden ? (
        <Notice title={t("pricesHiddenTitle")}>
          <p>{t("pricesHidden")}</p>
        </Notice>
      ) : (
        <BidCosts tender={tender} bid={bid} canRegister={can(viewer.roles, "bid.register")} />
      )}
      <BidComponents bid={bid} />
      <SovereigntyClaims tender={tender} bid={bid} canEvaluate={can(viewer.roles, "bid.evaluate")} />
      <StandardAnswers bid={bid} />
      {otherAttachments.length > 0 ? (
        <section aria-labelledby="attachments-heading" className="mb-10">
          <h2 id="attachments-heading" className="mb-2 text-2xl">
            {t("otherAttachments")}
          </h2>
          <AttachmentList tenderId={tender.id} bidId={bid.id} attachments={otherAttachments} />
        </section>
      ) : null}
    </div>
  );
}
