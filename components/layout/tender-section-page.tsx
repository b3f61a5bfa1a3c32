import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TenderSection } from "@/lib/domain/tender/tender-tasks";
import { Notice } from "@/components/ui/notice";
import { SectionReviewComments } from "@/components/review/review-comments";

/**
 * The frame of every task page: a back link to the task list, a heading that names the task,
 * guidance on why it matters with its legal or strategy reference, and the open comments of the
 * OSPO's review on this section (given by the tender's layout).
 */
export async function TenderSectionPage({
  tender,
  section,
  editable,
  children,
}: {
  tender: { id: string; reference: string; title: string };
  section: TenderSection;
  editable: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations("tenders.tasks");
  return (
    <div className="max-w-3xl">
      <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
        {t("backToTasks")}
      </Link>
      <p className="text-muted text-lg">
        {tender.reference} · {tender.title}
      </p>
      <h1 className="mb-4">{t(`sections.${section}.name`)}</h1>
      <details className="bg-surface mb-8 rounded border border-line p-4">
        <summary className="cursor-pointer font-semibold">{t("whyHeading")}</summary>
        <p className="mt-3">{t(`sections.${section}.why`)}</p>
        <p className="text-muted mt-2 text-sm">{t(`sections.${section}.source`)}</p>
      </details>
      <SectionReviewComments section={section} />
      {editable ? children : <Notice title={t("notEditable")} />}
    </div>
  );
}
