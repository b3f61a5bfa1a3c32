import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import { gateReasons, gateRules, type GateWords } from "@/lib/domain/evaluation/gate-wording";
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
  const words: GateWords = {
    t: (key, values) => t(`gates.${key}`, values),
    objectiveName: (objective) => tObjective(objective),
    criterionName: (key) => view.criteria.find((criterion) => criterion.key === key)?.name ?? key,
    points: format.pointsOf,
  };

  return (
    <section aria-labelledby={`lot-${lot.lotKey ?? "all"}-gates-heading`} className="mb-10 break-inside-avoid">
      <SectionHeading id={`lot-${lot.lotKey ?? "all"}-gates-heading`} level={level}>
        {t("gates.heading")}
      </SectionHeading>
      <p className="mb-2 max-w-3xl">{t("gates.lead")}</p>
      <ul className="mb-4 max-w-3xl list-disc pl-6">
        {gateRules(view, lot, words).map((rule, index) => (
          <li key={index}>{rule}</li>
        ))}
      </ul>
      <table className="w-full max-w-4xl border-collapse text-left">
        <caption className="sr-only">{t("gates.caption")}</caption>
        <TableHead columns={[t("gates.bid"), t("gates.result"), t("gates.why")]} />
        <tbody>
          {lot.bids.map((bid) => {
            const why = gateReasons(bid, words);
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
