import { getTranslations } from "next-intl/server";
import { allowedTransitions } from "@/lib/domain/tender/tender-status";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { StatusChangeForm } from "./status-change-form";

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
  return (
    <section aria-labelledby="lifecycle-heading" className="mt-10">
      <h2 id="lifecycle-heading" className="mb-4 text-2xl">
        {t("heading")}
      </h2>
      {here.map((transition) => (
        <StatusChangeForm
          key={`${transition.from}-${transition.to}-${tender.version}`}
          tenderId={tender.id}
          version={tender.version}
          from={transition.from}
          to={transition.to}
          action={transition.action}
          reasonRequired={transition.reasonRequired}
        />
      ))}
    </section>
  );
}
