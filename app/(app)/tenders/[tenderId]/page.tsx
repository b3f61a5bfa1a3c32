import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OpennessReadinessSummary } from "@/components/lint/openness-readiness";
import { PageHeading } from "@/components/ui/page-heading";
import { TaskList } from "@/components/ui/task-list";
import { checkTender } from "@/lib/domain/tender/check-tender";
import { openCommentCounts } from "@/lib/domain/tender/tender-review";
import { getDb } from "@/lib/server/db";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { lintSavedTender } from "@/lib/server/tenders/lint-saved-tender";
import { listReviewComments } from "@/lib/server/tenders/review-comments";
import { BidsEntry } from "./bids/bids-entry";
import { CorrigendaPanel } from "./corrigenda/corrigenda-panel";
import { LifecyclePanel } from "./review/lifecycle-panel";
import { ReviewStatusNotice } from "./review/review-status-notice";
import { loadTenderTemplateLink } from "./template-link";
import { TemplateNotice } from "./template-notice";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tender } = await requireTender((await params).tenderId);
  return { title: `${tender.reference} ${tender.title}` };
}

/** "Prepare your tender": the task list, one row per section. */
export default async function TenderTaskListPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const [t, tStatus, tHistory, tExports, comments, lint, templateLink] = await Promise.all([
    getTranslations("tenders.tasks"),
    getTranslations("tenders.status"),
    getTranslations("tenders.history"),
    getTranslations("exports"),
    listReviewComments(getDb(), viewer, tender.id, { open: true }),
    lintSavedTender(getDb(), tender),
    loadTenderTemplateLink(viewer, tender.id),
  ]);
  const commentCounts = openCommentCounts(comments);
  const { tasks } = checkTender(tender, viewer.organisation.authorityType);
  const completed = tasks.filter((task) => task.status === "COMPLETED").length;
  return (
    <div className="max-w-3xl">
      <Link href="/tenders" className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tStatus(tender.status)}`} title={tender.title} lead={t("lead")} />
      <ReviewStatusNotice viewer={viewer} tender={tender} />
      <TemplateNotice tenderId={tender.id} link={templateLink} />
      <BidsEntry viewer={viewer} tender={tender} />
      <CorrigendaPanel viewer={viewer} tender={tender} />
      <OpennessReadinessSummary tenderId={tender.id} readiness={lint.readiness} />
      <p className="mb-6 font-semibold">{t("progress", { completed, total: tasks.length })}</p>
      <TaskList
        items={tasks.map((task) => ({
          href: `/tenders/${tender.id}/${task.section}`,
          name: t(`sections.${task.section}.name`),
          hint: t(`sections.${task.section}.hint`),
          status: task.status,
          problemCount: task.problemCount,
          commentCount: commentCounts[task.section],
        }))}
      />
      <p className="mt-6">
        <Link href={`/tenders/${tender.id}/check`}>{t("checkAnswers")}</Link>
      </p>
      <p className="mt-2">
        <Link href={`/tenders/${tender.id}/history`}>{tHistory("link")}</Link>
      </p>
      <p className="mt-2">
        <Link href={`/tenders/${tender.id}/export`}>{tExports("link")}</Link>
      </p>
      <LifecyclePanel viewer={viewer} tender={tender} />
    </div>
  );
}
