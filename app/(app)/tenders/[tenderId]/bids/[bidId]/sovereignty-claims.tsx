import { getFormatter, getTranslations } from "next-intl/server";
import { objectiveLevels } from "@/lib/domain/bids/sovereignty-review";
import { SEAL_CODES, SEAL_LEVELS, type SealLevel } from "@/lib/domain/tender/sovereignty";
import type { OpenedBidDetail } from "@/lib/server/bids/bid-access";
import type { BidTender } from "@/lib/server/bids/bid-tender";
import { AttachmentList } from "./attachment-list";
import { SovereigntyReviewForm } from "./sovereignty-review-form";

/**
 * Per objective: the tender's minimum, the bid's claim with its evidence and attachments, and
 * the evaluator's review beside the claim (never instead of it), with the review form for
 * evaluators.
 */
export async function SovereigntyClaims({
  tender,
  bid,
  canEvaluate,
}: {
  tender: BidTender;
  bid: OpenedBidDetail;
  canEvaluate: boolean;
}) {
  const [t, tObjective, tSeal, format] = await Promise.all([
    getTranslations("sovereigntyReview"),
    getTranslations("tenders.sovereigntyObjective"),
    getTranslations("tenders.sovereignty"),
    getFormatter(),
  ]);
  const sealName = (level: SealLevel) => tSeal("sealLevel", { level, name: tSeal(`seal.${SEAL_CODES[level]}.name`) });
  const levels = objectiveLevels(bid.content.sovereigntyClaims ?? {}, bid.sovereigntyReviews);
  return (
    <section aria-labelledby="sovereignty-heading" className="mb-10">
      <h2 id="sovereignty-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-6 max-w-3xl">{canEvaluate ? t("leadEvaluator") : t("lead")}</p>
      <ol className="space-y-6">
        {levels.map((entry) => {
          const headingId = `objective-${entry.objective}`;
          const minimum = tender.minimumSeal[entry.objective];
          const attachments = bid.attachments.filter((attachment) => attachment.objective === entry.objective);
          return (
            <li key={entry.objective}>
              <section aria-labelledby={headingId} className="rounded border border-line p-4">
                <h3 id={headingId} className="mb-3 text-xl">
                  {entry.objective} · {tObjective(entry.objective)}
                </h3>
                <dl className="mb-4 grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
                  {minimum !== undefined ? (
                    <>
                      <dt className="font-semibold">{t("minimum")}</dt>
                      <dd>{sealName(minimum as SealLevel)}</dd>
                    </>
                  ) : null}
                  <dt className="font-semibold">{t("claimed")}</dt>
                  <dd>{entry.claim ? sealName(entry.claimedLevel) : t("noClaim")}</dd>
                  {entry.claim?.evidence ? (
                    <>
                      <dt className="font-semibold">{t("evidence")}</dt>
                      <dd className="whitespace-pre-line">{entry.claim.evidence}</dd>
                    </>
                  ) : null}
                  {attachments.length > 0 ? (
                    <>
                      <dt className="font-semibold">{t("attachments")}</dt>
                      <dd>
                        <AttachmentList tenderId={tender.id} bidId={bid.id} attachments={attachments} />
                      </dd>
                    </>
                  ) : null}
                  <dt className="font-semibold">{t("reviewed")}</dt>
                  <dd>
                    {entry.review ? (
                      <>
                        <p className="font-semibold">{sealName(entry.review.level)}</p>
                        <p>
                          {t("reviewedBy", {
                            name: entry.review.reviewerName,
                            when: format.dateTime(new Date(entry.review.at), { dateStyle: "long", timeStyle: "short" }),
                          })}
                        </p>
                        <p className="whitespace-pre-line">{entry.review.justification}</p>
                      </>
                    ) : (
                      <span className="text-muted">{t("notReviewed")}</span>
                    )}
                  </dd>
                </dl>
                {canEvaluate ? (
                  <details>
                    <summary className="cursor-pointer font-semibold text-brand underline">
                      {t("reviewLink", { objective: entry.objective })}
                    </summary>
                    <div className="mt-4">
                      <SovereigntyReviewForm
                        tenderId={tender.id}
                        bidId={bid.id}
                        version={bid.version}
                        objective={entry.objective}
                        levels={SEAL_LEVELS.filter((level) => level <= entry.claimedLevel).map((level) => ({
                          value: String(level),
                          label: sealName(level),
                        }))}
                        currentLevel={entry.level}
                      />
                    </div>
                  </details>
                ) : null}
              </section>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
