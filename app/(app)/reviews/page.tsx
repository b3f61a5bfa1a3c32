import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { listReviewQueue } from "@/lib/server/tenders/list-review-queue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.reviews");
  return { title: t("title") };
}

/** Set by the review page after a decision, to confirm it here; anything else is ignored. */
const decidedSchema = z.enum(["approve", "requestChanges"]).optional().catch(undefined);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The OSPO's review queue: the organisation's tenders in review, the longest waiting first. */
export default async function ReviewsPage({ searchParams }: Props) {
  const viewer = await requireViewer("tender.review");
  const decided = decidedSchema.parse((await searchParams).decided);
  const [t, tQueue, format, items] = await Promise.all([
    getTranslations("areas.reviews"),
    getTranslations("tenders.reviewQueue"),
    getFormatter(),
    listReviewQueue(getDb(), viewer),
  ]);
  return (
    <>
      <PageHeading title={t("title")} caption={viewer.organisation.name} lead={t("lead")} />
      <div role="status">
        {decided ? (
          <Notice tone="success" title={tQueue(`decided.${decided}.title`)}>
            <p>{tQueue(`decided.${decided}.body`)}</p>
          </Notice>
        ) : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{tQueue("tableCaption")}</caption>
          <TableHead
            columns={[
              tQueue("columns.reference"),
              tQueue("columns.title"),
              tQueue("columns.submitted"),
              tQueue("columns.comments"),
            ]}
          />
          <tbody>
            {items.map((tender) => (
              <tr key={tender.id} className="border-b border-line align-top">
                <td className="py-3 pr-4 whitespace-nowrap">{tender.reference}</td>
                <td className="py-3 pr-4">
                  <Link href={`/tenders/${tender.id}/review`}>{tender.title}</Link>
                </td>
                <td className="py-3 pr-4">
                  <time dateTime={tender.updatedAt.toISOString()}>
                    {format.dateTime(tender.updatedAt, { dateStyle: "medium" })}
                  </time>
                </td>
                <td className="py-3">{tender.openCommentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
