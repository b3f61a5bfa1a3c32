import { getFormatter, getTranslations } from "next-intl/server";
import type { RevisionSummary } from "@/lib/server/tenders/list-tender-revisions";
import { authorOf, describeRevision, whenSaved } from "./revision-description";

/** Who saved what between the two versions compared, newest first (a page's worth at most). */
export async function SavedInBetween({ between }: { between: { items: RevisionSummary[]; total: number } }) {
  const [t, format] = await Promise.all([getTranslations("tenders"), getFormatter()]);
  const more = between.total - between.items.length;
  return (
    <section aria-labelledby="saved-between" className="mb-8">
      <h2 id="saved-between" className="mb-3 text-xl">
        {t("history.compareView.savedBetween")}
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {between.items.map((revision) => (
          <li key={revision.version}>
            {t("history.compareView.savedBetweenItem", {
              version: revision.version,
              what: describeRevision(revision, t),
              name: authorOf(revision, t),
              date: whenSaved(revision.createdAt, format),
            })}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="mt-2">{t("history.compareView.moreSavedBetween", { count: more })}</p> : null}
    </section>
  );
}
