import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import type { AwardDecisionView } from "@/lib/server/evaluation/award-decisions";
import { bidName } from "./section-heading";

/** Whether this lot's award is decided (to whom, when, until when the standstill runs), or the way to decide it. */
export async function AwardStatus({
  tenderId,
  lot,
  decision,
  canDecide,
  reportHref,
}: {
  tenderId: string;
  lot: LotView;
  decision: AwardDecisionView | undefined;
  canDecide: boolean;
  /** Where the award report is, for those who may read it. */
  reportHref?: string;
}) {
  const t = await getTranslations("evaluationResults.awardStatus");
  const tBid = await getTranslations("evaluationResults");
  const format = await getFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  if (decision) {
    const winner = lot.bids.find((bid) => bid.bidId === decision.winnerBidId);
    return (
      <Notice tone="success" title={t("decidedTitle")}>
        <p>
          {winner
            ? t("decided", { bid: bidName(tBid, winner), date: day(decision.decidedOn) })
            : t("decidedNoWinner", { date: day(decision.decidedOn) })}
        </p>
        <p>{t("standstill", { date: day(decision.standstillEndsOn) })}</p>
        {reportHref ? (
          <p className="mt-2">
            <Link href={reportHref}>{t("reportLink")}</Link>
          </p>
        ) : null}
      </Notice>
    );
  }
  return (
    <Notice title={t("pendingTitle")}>
      <p className="mb-2">{t("pending")}</p>
      {canDecide ? (
        <Link
          href={`/tenders/${tenderId}/evaluation/award${lot.lotKey ? `?lot=${encodeURIComponent(lot.lotKey)}` : ""}`}
        >
          {t("decideLink")}
        </Link>
      ) : null}
    </Notice>
  );
}
