import { getTranslations } from "next-intl/server";
import { allowedTransitions } from "@/lib/domain/tender/tender-status";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { tenderSubmitBlockers } from "@/lib/server/tenders/lint-saved-tender";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { StatusChangeForm } from "./status-change-form";
import { SubmitBlockedNotice } from "./submit-blocked-notice";

/**
 * The OSPO decides on the review page, after reading the whole tender, not from the task list
 * (whose status notice links there).
 */
const DECIDED_ON_REVIEW_PAGE = new Set(["approve", "requestChanges"]);

/** Below the task list: the moves of the lifecycle the viewer may make now, from the domain's table. */
export async function LifecyclePanel({ viewer, tender }: { viewer: Viewer; tender: TenderDto }) {
  const t = await getTranslations("tenders.lifecycle");
  const transitions = allowedTransitions(tender.status, viewer.roles);
  const here = transitions.filter((transition) => !DECIDED_ON_REVIEW_PAGE.has(transition.action));
  if (here.length === 0) return null;
  // The server refuses the same (changeTenderStatus); here the drafter is told why and where to go.
  const blockers = here.some((transition) => transition.action === "submitForReview")
    ? await tenderSubmitBlockers(getDb(), tender, viewer.organisation.authorityType)
    : null;
  return (
    <section aria-labelledby="lifecycle-heading" className="mt-10">
      <h2 id="lifecycle-heading" className="mb-4 text-2xl">
        {t("heading")}
      </h2>
      {here.map((transition) =>
        transition.action === "submitForReview" && blockers ? (
          <SubmitBlockedNotice key="submit-blocked" tenderId={tender.id} blockers={blockers} />
        ) : (
          <StatusChangeForm
            key={`${transition.from}-${transition.to}-${tender.version}`}
            tenderId={tender.id}
            version={tender.version}
            from={transition.from}
            to={transition.to}
            action={transition.action}
            reasonRequired={transition.reasonRequired}
          />
        ),
      )}
    </section>
  );
}
