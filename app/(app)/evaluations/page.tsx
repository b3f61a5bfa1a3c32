import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { WorkspaceArea } from "@/components/layout/workspace-area";
import { PageHeading } from "@/components/ui/page-heading";
import { requireViewer } from "@/lib/server/auth/viewer";
import { listOpenedTenders } from "@/lib/server/bids/list-opened-tenders";
import { getDb } from "@/lib/server/db";
import { listMyEvaluations } from "@/lib/server/evaluation/my-evaluations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.evaluations");
  return { title: t("title") };
}

/**
 * Where evaluators start: the tenders on whose panel they sit, with what to do next, then the
 * opened tenders that have no panel yet: an evaluator is told they are not on its panel (they
 * read no bid of it), someone who also runs procedures sees its bids.
 */
export default async function EvaluationsPage() {
  const viewer = await requireViewer("bid.evaluate");
  const [mine, opened] = await Promise.all([listMyEvaluations(getDb(), viewer), listOpenedTenders(getDb(), viewer)]);
  if (mine.length === 0 && opened.length === 0) {
    return <WorkspaceArea area="evaluations" organisationName={viewer.organisation.name} />;
  }
  const [t, tBid, tMine, tComparison, format] = await Promise.all([
    getTranslations("areas.evaluations"),
    getTranslations("bidOpening"),
    getTranslations("evaluation.mine"),
    getTranslations("bidComparison"),
    getFormatter(),
  ]);
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeading title={t("title")} caption={viewer.organisation.name} lead={t("lead")} />
      {mine.length > 0 ? (
        <section aria-labelledby="my-panels" className="mb-12 max-w-3xl">
          <h2 id="my-panels" className="mb-4 text-2xl">
            {tMine("heading")}
          </h2>
          <ul className="space-y-6">
            {mine.map((evaluation) => (
              <li key={evaluation.tenderId} className="border-l-4 border-line pl-4">
                <p className="text-muted">{evaluation.reference}</p>
                <p className="mb-1 text-xl font-semibold">
                  <Link href={`/tenders/${evaluation.tenderId}/evaluation`}>{evaluation.title}</Link>
                </p>
                <p>
                  {evaluation.role === "CHAIR" ? tMine("asChair") : tMine("asEvaluator")} ·{" "}
                  {tMine(`next.${evaluation.next}`)}
                </p>
                {evaluation.scoringDeadline && (evaluation.next === "SCORING" || evaluation.next === "DECLARATION") ? (
                  <p className="text-muted">{tMine("deadline", { date: day(evaluation.scoringDeadline) })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {opened.length > 0 ? (
        <section aria-labelledby="opened-heading" className="max-w-3xl">
          <h2 id="opened-heading" className="mb-2 text-2xl">
            {tMine("openedHeading")}
          </h2>
          <p className="text-muted mb-4">{t("leadOpened")}</p>
          <ul className="space-y-8">
            {opened.map((tender) => (
              <li key={tender.id}>
                <section aria-labelledby={`tender-${tender.id}`}>
                  <h3 id={`tender-${tender.id}`} className="mb-1 text-xl">
                    {tender.title}
                  </h3>
                  <p className="text-muted mb-2">{tender.reference}</p>
                  {tender.bids === null ? (
                    <p>{tMine("notOnPanel")}</p>
                  ) : (
                    <>
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
                    </>
                  )}
                </section>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
