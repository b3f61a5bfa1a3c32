import type { ReactNode } from "react";
import { findingWords } from "@/components/lint/finding-text";
import { LintFindingsProvider, type LintFindingView } from "@/components/lint/section-lint-findings";
import { ReviewCommentsProvider } from "@/components/review/review-comments";
import { TemplateGuidanceProvider } from "@/components/template-reuse/section-template-guidance";
import { canResolveReviewComment } from "@/lib/domain/tender/tender-review";
import { AppError } from "@/lib/errors";
import { getViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import { lintSavedTender } from "@/lib/server/tenders/lint-saved-tender";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { listReviewComments } from "@/lib/server/tenders/review-comments";
import { resolveReviewCommentAction } from "./review/actions";
import { toCommentViews } from "./review/comment-views";
import { templateGuidanceView } from "./template-guidance";
import { loadTenderTemplateLink } from "./template-link";

type Props = { children: ReactNode; params: Promise<{ tenderId: string }> };

/**
 * Gives the tender's section pages its open review comments, its lock-in findings and the guidance
 * of the template it was started from, which they show in place. It
 * decides no access: the pages do (requireTender); for a viewer who may not see the tender there
 * is simply nothing to give.
 */
export default async function TenderLayout({ children, params }: Props) {
  const viewer = await getViewer();
  if (!viewer) return children;
  const { tenderId } = await params;
  const db = getDb();
  const [tender, comments] = await Promise.all([
    getTender(db, viewer, tenderId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
    listReviewComments(db, viewer, tenderId, { open: true }),
  ]);
  if (!tender) return children;
  const link = await loadTenderTemplateLink(viewer, tender.id);
  const guidance = link ? await templateGuidanceView(link) : null;
  const content = guidance ? (
    <TemplateGuidanceProvider value={guidance}>{children}</TemplateGuidanceProvider>
  ) : (
    children
  );
  return (
    <ReviewCommentsProvider
      tenderId={tender.id}
      comments={await toCommentViews(comments)}
      resolveAction={canResolveReviewComment(tender.status, viewer.roles) ? resolveReviewCommentAction : null}
    >
      <LintFindingsProvider tenderId={tender.id} findings={await lintFindingViews(tender)}>
        {content}
      </LintFindingsProvider>
    </ReviewCommentsProvider>
  );
}

/** The findings still to deal with (errors, warnings not set aside), in the reader's words. */
async function lintFindingViews(tender: TenderDto): Promise<LintFindingView[]> {
  const [{ findings, dismissedKeys }, words] = await Promise.all([lintSavedTender(getDb(), tender), findingWords()]);
  return findings
    .filter((finding) => finding.severity === "error" || !dismissedKeys.has(finding.key))
    .map((finding) => ({
      key: finding.key,
      section: finding.location.section,
      severity: finding.severity,
      severityText: words.severity(finding),
      where: words.field(finding.location.field),
      message: words.message(finding),
    }));
}
