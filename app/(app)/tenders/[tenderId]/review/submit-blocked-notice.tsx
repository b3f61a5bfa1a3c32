import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { SubmitBlockers } from "@/lib/domain/lint/submit-blockers";

/** In place of "Submit for review" while lock-in errors or sections with errors remain: what, and where to fix it. */
export async function SubmitBlockedNotice({ tenderId, blockers }: { tenderId: string; blockers: SubmitBlockers }) {
  const [t, tLifecycle, tTasks] = await Promise.all([
    getTranslations("tenders.openness.submitBlocked"),
    getTranslations("tenders.lifecycle.submitForReview"),
    getTranslations("tenders.tasks"),
  ]);
  return (
    <section aria-labelledby="lifecycle-submitForReview" className="mb-8 border-t border-line pt-6">
      <h3 id="lifecycle-submitForReview" className="mb-2 text-xl">
        {tLifecycle("heading")}
      </h3>
      <Notice tone="danger" title={t("title")}>
        {blockers.lintErrors > 0 ? (
          <p className="mt-2">
            {t("lintErrors", { count: blockers.lintErrors })}{" "}
            <Link href={`/tenders/${tenderId}/openness`}>{t("lintLink")}</Link>
          </p>
        ) : null}
        {blockers.sectionsWithProblems.length > 0 ? (
          <>
            <p className="mt-2">{t("sections")}</p>
            <ul className="list-disc pl-6">
              {blockers.sectionsWithProblems.map((section) => (
                <li key={section}>
                  <Link href={`/tenders/${tenderId}/${section}`}>{tTasks(`sections.${section}.name`)}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Notice>
    </section>
  );
}
