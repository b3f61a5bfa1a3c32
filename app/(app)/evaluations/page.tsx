import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WorkspaceArea } from "@/components/layout/workspace-area";
import { PageHeading } from "@/components/ui/page-heading";
import { requireViewer } from "@/lib/server/auth/viewer";
import { listOpenedTenders } from "@/lib/server/bids/list-opened-tenders";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.evaluations");
  return { title: t("title") };
}

/** The tenders whose bids are open, each with its bids: where evaluators start. */
export default async function EvaluationsPage() {
  const viewer = await requireViewer("bid.evaluate");
  const tenders = await listOpenedTenders(getDb(), viewer);
  if (tenders.length === 0) return <WorkspaceArea area="evaluations" organisationName={viewer.organisation.name} />;
  const [t, tBid, tComparison] = await Promise.all([
    getTranslations("areas.evaluations"),
    getTranslations("bidOpening"),
    getTranslations("bidComparison"),
  ]);
  return (
    <>
      <PageHeading title={t("title")} caption={viewer.organisation.name} lead={t("leadOpened")} />
      <ul className="max-w-3xl space-y-8">
        {tenders.map((tender) => (
          <li key={tender.id}>
            <section aria-labelledby={`tender-${tender.id}`}>
              <h2 id={`tender-${tender.id}`} className="mb-1 text-xl">
                {tender.title}
              </h2>
              <p className="text-muted mb-2">{tender.reference}</p>
              <p className="mb-2">
                <Link href={`/tenders/${tender.id}/bids/comparison`} className="font-semibold">
                  {tComparison("link")}
                </Link>
              </p>
              <ul className="space-y-1">
                {tender.bids.map((bid) => (
                  <li key={bid.id}>
                    <Link href={`/tenders/${tender.id}/bids/${bid.id}`}>
                      {tBid("bidLink", { number: bid.receiptNumber, bidder: bid.bidderName })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </li>
        ))}
      </ul>
    </>
  );
}
