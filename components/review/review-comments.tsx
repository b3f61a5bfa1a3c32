"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createContext, useContext, useId, useRef, useState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/errors";
import { resolveReviewCommentSchema, type ResolveReviewCommentInput } from "@/lib/schemas/tender-review";

/** A review comment ready to show: dates already written out in the reader's language. */
export type ReviewCommentView = {
  id: string;
  section: string;
  body: string;
  authorName: string;
  /** ISO date-time, for <time dateTime>. */
  createdAt: string;
  createdAtText: string;
  resolvedAtText: string | null;
};

export type ResolveCommentAction = (input: ResolveReviewCommentInput) => Promise<ActionResult<{ commentId: string }>>;

type SectionComments = { tenderId: string; comments: ReviewCommentView[]; resolveAction: ResolveCommentAction | null };

const SectionCommentsContext = createContext<SectionComments | null>(null);

/**
 * Holds the open review comments of a tender for its section pages, which show them in place.
 * The tender's layout loads them (components never load data); `resolveAction` is null for a
 * viewer who may not resolve them.
 */
export function ReviewCommentsProvider({ children, ...value }: SectionComments & { children: ReactNode }) {
  return <SectionCommentsContext value={value}>{children}</SectionCommentsContext>;
}

/** The open comments of one section, with "Mark as resolved" for the drafter. */
export function SectionReviewComments({ section }: { section: string }) {
  const t = useTranslations("tenders.review.comments");
  const context = useContext(SectionCommentsContext);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [resolvedCount, setResolvedCount] = useState(0);
  const headingId = useId();
  if (!context) return null;
  const open = context.comments.filter((comment) => comment.section === section && comment.resolvedAtText === null);
  if (open.length === 0 && resolvedCount === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="mb-2 text-2xl">
        {t("inPlaceHeading")}
      </h2>
      <div role="status">
        {resolvedCount > 0 ? (
          <Notice tone="success" title={t("resolvedConfirmation")}>
            {open.length === 0 ? <p>{t("allResolved")}</p> : null}
          </Notice>
        ) : null}
      </div>
      {open.length > 0 ? <p className="mb-4">{t("inPlaceLead", { count: open.length })}</p> : null}
      <ReviewCommentList
        comments={open}
        tenderId={context.tenderId}
        resolveAction={context.resolveAction}
        onResolved={() => {
          setResolvedCount((count) => count + 1);
          headingRef.current?.focus();
        }}
      />
    </section>
  );
}

/** Review comments, oldest first; resolved ones say so in words. */
export function ReviewCommentList({
  comments,
  tenderId,
  resolveAction = null,
  onResolved,
}: {
  comments: ReviewCommentView[];
  tenderId: string;
  resolveAction?: ResolveCommentAction | null;
  onResolved?: () => void;
}) {
  const t = useTranslations("tenders.review.comments");
  if (comments.length === 0) return null;
  return (
    <ul className="mb-6 space-y-4">
      {comments.map((comment) => {
        const bodyId = `review-comment-${comment.id}`;
        return (
          <li
            key={comment.id}
            className={`border-l-4 p-4 ${comment.resolvedAtText ? "border-line bg-white" : "border-brand bg-blue-50"}`}
          >
            <p id={bodyId} className="mb-2 whitespace-pre-line">
              {comment.body}
            </p>
            <p className="text-muted text-sm">
              {t("byline", { name: comment.authorName })}{" "}
              <time dateTime={comment.createdAt}>{comment.createdAtText}</time>
            </p>
            {comment.resolvedAtText ? (
              <p className="mt-1 text-sm font-semibold">{t("resolvedOn", { date: comment.resolvedAtText })}</p>
            ) : resolveAction ? (
              <ResolveCommentForm
                tenderId={tenderId}
                commentId={comment.id}
                describedBy={bodyId}
                action={resolveAction}
                onResolved={onResolved}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function ResolveCommentForm({
  tenderId,
  commentId,
  describedBy,
  action,
  onResolved,
}: {
  tenderId: string;
  commentId: string;
  describedBy: string;
  action: ResolveCommentAction;
  onResolved?: () => void;
}) {
  const t = useTranslations("tenders.review.comments");
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: resolveReviewCommentSchema,
    action,
    defaultValues: { tenderId, commentId },
    onSuccess: () => {
      onResolved?.();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="mt-3">
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <FormFields>
        {/* The comment describes the button, so each "Mark as resolved" says which comment it is for. */}
        <Button type="submit" variant="secondary" disabled={isPending} aria-describedby={describedBy}>
          {t("resolve")}
        </Button>
      </FormFields>
    </form>
  );
}
