import { getFormatter, getTranslations } from "next-intl/server";
import type { TenderRevisionView } from "@/lib/server/tenders/get-tender-revision";
import { authorOf, describeRevision, whenSaved } from "./revision-description";

/** One of the two versions being compared: which, what was saved, by whom, when, and the status then. */
export async function VersionCard({
  role,
  revision,
  isCurrent,
}: {
  role: "from" | "to";
  revision: TenderRevisionView;
  isCurrent: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("tenders"), getFormatter()]);
  const headingId = `version-${role}`;
  return (
    <section aria-labelledby={headingId} className="bg-surface rounded border border-line p-4">
      <h3 id={headingId} className="mb-2">
        {t(`history.versionCard.${role}`)}: {t("history.version", { version: revision.version })}
        {isCurrent ? <span className="text-muted font-normal"> ({t("history.current")})</span> : null}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("history.versionCard.what")}</dt>
        <dd>{describeRevision(revision, t)}</dd>
        <dt className="font-semibold">{t("history.versionCard.who")}</dt>
        <dd>{authorOf(revision, t)}</dd>
        <dt className="font-semibold">{t("history.versionCard.when")}</dt>
        <dd>
          <time dateTime={revision.createdAt.toISOString()}>{whenSaved(revision.createdAt, format)}</time>
        </dd>
        <dt className="font-semibold">{t("history.versionCard.status")}</dt>
        <dd>{t(`status.${revision.status}`)}</dd>
      </dl>
    </section>
  );
}
