import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/domain/permissions";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { OpeningView } from "@/lib/server/bids/bid-opening";
import { OpeningRequestForm, RequestOpeningForm } from "./opening-step-form";

/** Where the opening stands, in words, with the one step this viewer can take now. */
export async function OpeningState({
  view,
  viewer,
  calendarDay,
}: {
  view: OpeningView;
  viewer: Viewer;
  calendarDay: (day: string) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("bidOpening"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const mayOpen = can(viewer.roles, "bid.open");
  const { phase, request, tender } = view;
  const person = (someone: { name: string; email: string }) => someone.name || someone.email || t("formerMember");

  switch (phase.kind) {
    case "NOT_PUBLISHED":
      return <Notice title={t("state.notPublished")} />;
    case "NO_DEADLINE":
      return <Notice title={t("state.noDeadline")} />;
    case "NO_BIDS":
      return <Notice title={t("state.noBids")} />;
    case "BEFORE_DEADLINE":
      return (
        <Notice title={t("state.beforeDeadlineTitle")}>
          <p>{t("state.beforeDeadline", { date: calendarDay(phase.possibleFrom) })}</p>
        </Notice>
      );
    case "READY":
      return (
        <>
          <Notice title={t("state.readyTitle")}>
            <p>{t("state.ready")}</p>
          </Notice>
          {mayOpen ? <RequestOpeningForm tenderId={tender.id} /> : <p>{t("cannotOpen")}</p>}
        </>
      );
    case "REQUESTED": {
      const mine = request!.requestedBy.id === viewer.userId;
      return (
        <>
          <Notice title={t("state.requestedTitle")}>
            <p>{t("state.requested", { name: person(request!.requestedBy), when: when(request!.requestedAt) })}</p>
            <p>{mine ? t("state.requestedByYou") : t("state.requestedBySomeoneElse")}</p>
          </Notice>
          {mayOpen && mine ? <OpeningRequestForm tenderId={tender.id} requestId={request!.id} step="withdraw" /> : null}
          {mayOpen && !mine ? (
            <>
              <p className="mb-4 max-w-2xl">{t("confirmWarning")}</p>
              <OpeningRequestForm tenderId={tender.id} requestId={request!.id} step="confirm" />
            </>
          ) : null}
          {!mayOpen ? <p>{t("cannotOpen")}</p> : null}
        </>
      );
    }
    case "OPENED":
      return (
        <Notice tone="success" title={t("state.openedTitle")}>
          <p>
            {t("state.opened", {
              when: when(request!.openedAt!),
              requester: person(request!.requestedBy),
              confirmer: request!.confirmedBy ? person(request!.confirmedBy) : t("formerMember"),
            })}
          </p>
          {can(viewer.roles, "bid.register") ? (
            <p className="mt-2">
              <Link href={`/tenders/${tender.id}/bids`}>{t("toRegister")}</Link>
            </p>
          ) : null}
          {can(viewer.roles, "panel.manage") ? (
            <p className="mt-2">
              <Link href={`/tenders/${tender.id}/evaluation`} className="font-semibold">
                {t("toEvaluation")}
              </Link>
            </p>
          ) : null}
        </Notice>
      );
  }
}
