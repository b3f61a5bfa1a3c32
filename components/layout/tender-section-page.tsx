import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { deadlineExtensionAdvice } from "@/lib/domain/tender/corrigendum";
import type { TenderStatus } from "@/lib/domain/tender/tender-enums";
import type { TenderSection } from "@/lib/domain/tender/tender-tasks";
import { Notice } from "@/components/ui/notice";
import { SectionReviewComments } from "@/components/review/review-comments";
import { SectionLintFindings } from "@/components/lint/section-lint-findings";
import { SectionTemplateGuidance } from "@/components/template-reuse/section-template-guidance";
import { SectionFormModeProvider, type SectionFormMode } from "./section-form-mode";

type TenderForFrame = {
  id: string;
  reference: string;
  title: string;
  status: TenderStatus;
  requestsDeadline: string | null;
  tenderDeadline: string | null;
};

/**
 * The frame of every task page: a back link to the task list, a heading that names the task,
 * guidance on why it matters with its legal or strategy reference, and the open comments of the
 * OSPO's review on this section (given by the tender's layout), the lock-in linter's findings
 * on this section, and the guidance of the template the tender was started from, if any.
 *
 * It also decides how the form saves: an `editable` draft normally; a published tender as a
 * corrigendum (the pages are open only to those who may draft); anything else shows no form.
 */
export async function TenderSectionPage({
  tender,
  section,
  editable,
  children,
}: {
  tender: TenderForFrame;
  section: TenderSection;
  editable: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations("tenders.tasks");
  const mode = formMode(tender, section, editable);
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
      <SectionTemplateGuidance section={section} />
      <SectionReviewComments section={section} />
      <SectionLintFindings section={section} />
      {mode ? (
        <SectionFormModeProvider mode={mode}>{children}</SectionFormModeProvider>
      ) : (
        <Notice title={t("notEditable")} />
      )}
    </div>
  );
}

function formMode(tender: TenderForFrame, section: TenderSection, editable: boolean): SectionFormMode | null {
  if (editable) return { kind: "draft" };
  if (tender.status !== "PUBLISHED") return null;
  const today = new Date().toISOString().slice(0, 10);
  const advice = deadlineExtensionAdvice(section, tender, today);
  return {
    kind: "corrigendum",
    extendDeadline: advice
      ? {
          deadline: String(advice.values?.deadline),
          days: Number(advice.values?.days),
          minimumDays: Number(advice.values?.minimumDays),
        }
      : null,
  };
}
