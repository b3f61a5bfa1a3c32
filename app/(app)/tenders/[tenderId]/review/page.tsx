import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OpennessReadinessSummary } from "@/components/lint/openness-readiness";
import { ReviewCommentList } from "@/components/review/review-comments";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { allowedTransitions } from "@/lib/domain/tender/tender-status";
import { canAddReviewComment } from "@/lib/domain/tender/tender-review";
import { checkTender } from "@/lib/domain/tender/check-tender";
import { getDb } from "@/lib/server/db";
import { lintSavedTender } from "@/lib/server/tenders/lint-saved-tender";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { listReviewComments } from "@/lib/server/tenders/review-comments";
import { toCommentViews } from "./comment-views";
import { ReviewCommentForm } from "./review-comment-form";
import { ReviewDecisionForm } from "./review-decision-form";
import { SectionSummary } from "../section-summary";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ tender }, t] = await Promise.all([
    requireTender((await params).tenderId, "tender.review"),
    getTranslations("tenders.review"),
  ]);
  return { title: t("metaTitle", { reference: tender.reference }) };
}

/**
 * The OSPO's review: the whole tender section by section ("check your answers"), a comment form
 * under each, and the decision at the end. Read-only outside the review.
 */
export default async function TenderReviewPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId, "tender.review");
  const [t, tTasks, tStatus, comments, lint] = await Promise.all([
    getTranslations("tenders.review"),
    getTranslations("tenders.tasks"),
    getTranslations("tenders.status"),
    listReviewComments(getDb(), viewer, tender.id).then(toCommentViews),
    lintSavedTender(getDb(), tender),
  ]);
  // The sections that apply to this tender (the phases only to an innovation partnership).
  const sections = checkTender(tender, viewer.organisation.authorityType).tasks.map((task) => task.section);
  const mayComment = canAddReviewComment(tender.status, viewer.roles);
  const decisions = allowedTransitions(tender.status, viewer.roles)
    .filter((transition) => transition.action === "approve" || transition.action === "requestChanges")
    .map(({ to, action }) => ({ to, action }));

  return (
    <div className="max-w-3xl">
      <Link href="/reviews" className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tStatus(tender.status)}`}
        title={t("title", { title: tender.title })}
        lead={t("lead")}
      />
      {tender.status !== "IN_REVIEW" ? <Notice title={t("notInReview", { status: tStatus(tender.status) })} /> : null}
      {/* The warnings the drafter set aside, with their justifications, are on the openness check. */}
      <OpennessReadinessSummary tenderId={tender.id} readiness={lint.readiness} />
      {sections.map((section) => {
        const name = tTasks(`sections.${section}.name`);
        const sectionComments = comments.filter((comment) => comment.section === section);
        return (
          <section key={section} aria-labelledby={`review-${section}`} className="mb-10">
            <h2 id={`review-${section}`} className="mb-3 text-2xl">
              {name}
            </h2>
            <SectionSummary tender={tender} section={section} />
            {sectionComments.length > 0 ? (
              <>
                <h3 className="mb-2 text-xl">{t("comments.heading", { count: sectionComments.length })}</h3>
                <ReviewCommentList comments={sectionComments} tenderId={tender.id} />
              </>
            ) : null}
            {mayComment ? <ReviewCommentForm tenderId={tender.id} section={section} sectionName={name} /> : null}
          </section>
        );
      })}
      {decisions.length > 0 ? (
        <section aria-labelledby="review-decision" className="border-t-4 border-ink pt-6">
          <h2 id="review-decision" className="mb-3 text-2xl">
            {t("decision.heading")}
          </h2>
          <p className="mb-4">{t("decision.lead")}</p>
          <ReviewDecisionForm tenderId={tender.id} version={tender.version} decisions={decisions} />
        </section>
      ) : null}
    </div>
  );
}
