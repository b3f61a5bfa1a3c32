import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/domain/permissions";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { latestStatusChange } from "@/lib/server/tenders/latest-status-change";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { AwardLinks } from "../award-links";

/**
 * At the top of the task list: where the tender stands in its lifecycle, and, when the OSPO sent
 * it back or someone reopened or cancelled it, who did and why. A live region, so the change
 * after a button on the page is announced.
 */
export async function ReviewStatusNotice({ viewer, tender }: { viewer: Viewer; tender: TenderDto }) {
  const [t, format, change] = await Promise.all([
    getTranslations("tenders.lifecycle.notice"),
    getFormatter(),
    latestStatusChange(getDb(), viewer, tender.id),
  ]);
  const who = change
    ? {
        name: change.actorName,
        date: format.dateTime(change.occurredAt, { dateStyle: "long", timeStyle: "short" }),
      }
    : null;
  const reason =
    change?.reason && who ? (
      <>
        <p className="mt-2">{t("reasonBy", who)}</p>
        <blockquote className="mt-1 border-l-4 border-line pl-4 whitespace-pre-line">{change.reason}</blockquote>
      </>
    ) : null;

  let notice = null;
  if (tender.status === "DRAFT" && change?.transition === "requestChanges") {
    notice = (
      <Notice tone="danger" title={t("changesRequested.title")}>
        {reason}
        <p className="mt-2">{t("changesRequested.body")}</p>
      </Notice>
    );
  } else if (tender.status === "DRAFT" && change?.transition === "reopen") {
    notice = (
      <Notice title={t("reopened.title")}>
        {reason}
        <p className="mt-2">{t("reopened.body")}</p>
      </Notice>
    );
  } else if (tender.status === "IN_REVIEW") {
    notice = (
      <Notice title={t("inReview.title")}>
        <p>{t("inReview.body")}</p>
        {can(viewer.roles, "tender.review") ? (
          <p className="mt-2">
            <Link href={`/tenders/${tender.id}/review`} className="font-semibold">
              {t("inReview.reviewLink")}
            </Link>
          </p>
        ) : null}
      </Notice>
    );
  } else if (tender.status === "APPROVED") {
    notice = (
      <Notice tone="success" title={t("approved.title")}>
        <p>{t("approved.body")}</p>
      </Notice>
    );
  } else if (tender.status === "PUBLISHED") {
    notice = (
      <Notice tone="success" title={t("published.title")}>
        <p>{t("published.body")}</p>
      </Notice>
    );
  } else if (tender.status === "EVALUATION" || tender.status === "AWARDED") {
    const key = tender.status === "EVALUATION" ? "evaluation" : "awarded";
    notice = (
      <Notice tone="success" title={t(`${key}.title`)}>
        <p>{t(`${key}.body`)}</p>
        <p className="mt-2">
          <Link href={`/tenders/${tender.id}/evaluation`} className="font-semibold">
            {t(`${key}.link`)}
          </Link>
        </p>
        <AwardLinks tender={tender} />
      </Notice>
    );
  } else if (tender.status === "CANCELLED") {
    notice = (
      <Notice tone="danger" title={t("cancelled.title")}>
        {reason}
        <p className="mt-2">{t("cancelled.body")}</p>
      </Notice>
    );
  }
  return <div role="status">{notice}</div>;
}
