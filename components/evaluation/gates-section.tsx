import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { BidView } from "@/lib/domain/evaluation/evaluation-view";
import { evaluationFormatFor } from "./evaluation-format-server";
import { bidName, type LotSectionProps, SectionHeading } from "./section-heading";

/**
 * The gates before any weighting (decisions.md; C-546/16 Montte): the sovereignty minimums and
 * the quality thresholds the tender published, and, per bid, whether it passes them or why not.
 * Every failed gate is listed, not only the first.
 */
export async function GatesSection({ view, lot, currency, level = 2 }: LotSectionProps) {
  const t = await getTranslations("evaluationResults");
  const tObjective = await getTranslations("tenders.sovereigntyObjective");
  const format = await evaluationFormatFor(currency);
  const criterionName = (key: string) => view.criteria.find((criterion) => criterion.key === key)?.name ?? key;
  const thresholds = view.criteria.filter((criterion) => criterion.minimumScore !== null);
  const hasSovereignty = lot.bids.some((bid) => bid.sovereignty !== null);

  const reasons = (bid: BidView): string[] => {
    const out = bid.gateFailures.map((failure) => {
      switch (failure.gate) {
        case "EXCLUDED_BY_AUTHORITY":
          return t("gates.excludedByAuthority", { reason: failure.reason });
        case "SOVEREIGNTY_MINIMUM":
          return t("gates.sovereigntyMinimum", {
            objectives: failure.objectives
              .map((objective) => {
                const entry = bid.sovereignty?.objectives.find((candidate) => candidate.objective === objective);
                return t("gates.objectiveLevel", {
                  objective,
                  name: tObjective(objective),
                  level: entry?.level ?? 0,
                  minimum: entry?.minimum ?? 0,
                });
              })
              .join("; "),
          });
        case "CRITERION_MINIMUM":
          return t("gates.criterionMinimum", {
            criterion: criterionName(failure.criterionKey),
            score: format.pointsOf(failure.score),
            minimum: failure.minimum,
          });
        case "QUALITY_POINTS_MINIMUM":
          return t("gates.qualityPointsMinimum", {
            points: format.pointsOf(failure.qualityPoints),
            minimum: format.pointsOf(failure.minimum),
          });
      }
    });
    if (bid.sovereigntyFlagged) out.push(t("gates.sovereigntyFlagged"));
    return out;
  };

  return (
    <section aria-labelledby={`lot-${lot.lotKey ?? "all"}-gates-heading`} className="mb-10 break-inside-avoid">
      <SectionHeading id={`lot-${lot.lotKey ?? "all"}-gates-heading`} level={level}>
        {t("gates.heading")}
      </SectionHeading>
      <p className="mb-2 max-w-3xl">{t("gates.lead")}</p>
      <ul className="mb-4 max-w-3xl list-disc pl-6">
        <li>{hasSovereignty ? t("gates.sovereigntyRule") : t("gates.noSovereignty")}</li>
        {thresholds.map((criterion) => (
          <li key={criterion.key}>
            {t("gates.criterionRule", { criterion: criterion.name, minimum: criterion.minimumScore! })}
          </li>
        ))}
        {view.method.minimumQualityPoints ? (
          <li>{t("gates.qualityPointsRule", { minimum: format.pointsOf(view.method.minimumQualityPoints) })}</li>
        ) : null}
        {thresholds.length === 0 && !view.method.minimumQualityPoints ? <li>{t("gates.noQualityThreshold")}</li> : null}
      </ul>
      <table className="w-full max-w-4xl border-collapse text-left">
        <caption className="sr-only">{t("gates.caption")}</caption>
        <TableHead columns={[t("gates.bid"), t("gates.result"), t("gates.why")]} />
        <tbody>
          {lot.bids.map((bid) => {
            const why = reasons(bid);
            return (
              <tr key={bid.bidId} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {bidName(t, bid)}
                </th>
                <td className="py-2 pr-4 font-semibold">
                  {bid.admissible ? t("gates.admissible") : t("gates.excluded")}
                </td>
                <td className="py-2 pr-4">
                  {why.length === 0 ? (
                    t("gates.passesAll")
                  ) : (
                    <ul className="list-disc pl-5">
                      {why.map((reason, index) => (
                        <li key={index}>{reason}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
