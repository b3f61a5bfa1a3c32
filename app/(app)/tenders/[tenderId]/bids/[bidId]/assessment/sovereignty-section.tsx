import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import { SEAL_CODES, type SealLevel } from "@/lib/domain/tender/sovereignty";

/**
 * Sovereignty per objective: the bid's claim, the evaluator's level beside it (never instead), the
 * level that counts, the tender's minimum and whether it is met; then the gate, the weighted
 * points and the overall SEAL (the lowest level).
 */
export async function SovereigntySection({ bid }: { bid: BidFullAssessmentView }) {
  const [t, tObjective, tSeal, format] = await Promise.all([
    getTranslations("bidAssessment.sovereignty"),
    getTranslations("tenders.sovereigntyObjective"),
    getTranslations("tenders.sovereignty"),
    getFormatter(),
  ]);
  const sealName = (level: SealLevel) => tSeal("sealLevel", { level, name: tSeal(`seal.${SEAL_CODES[level]}.name`) });
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const { sovereignty } = bid;

  return (
    <section aria-labelledby="sovereignty-heading" className="mb-12">
      <h2 id="sovereignty-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      {sovereignty === null ? (
        <p className="max-w-3xl">{t("noProfile")}</p>
      ) : (
        <>
          <p className="mb-4 max-w-3xl">{t("lead")}</p>
          <Notice
            tone={sovereignty.gate === "PASSED" ? "success" : "danger"}
            title={t(`gateTitle.${sovereignty.gate}`)}
          >
            <p>
              {t(`gate.${sovereignty.gate}`, {
                objectives: sovereignty.failedObjectives.join(", "),
              })}
            </p>
          </Notice>
          <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[16rem_1fr]">
            <dt className="font-semibold">{t("overallLabel")}</dt>
            <dd>
              <strong>{sealName(sovereignty.overallSeal)}</strong>{" "}
              <span className="text-muted">{t("overallHint")}</span>
            </dd>
            <dt className="font-semibold">{t("scoreLabel")}</dt>
            <dd>{t("score", { percent: number(sovereignty.scorePercent) })}</dd>
            <dt className="font-semibold">{t("pointsLabel")}</dt>
            <dd>
              {sovereignty.points !== null
                ? t("points", { points: number(sovereignty.points), weight: number(sovereignty.criterionWeight ?? 0) })
                : sovereignty.criterionWeight === null
                  ? t("noCriterion")
                  : t("noPointsExcluded")}
            </dd>
          </dl>
          <ScrollTable caption={t("caption")}>
            <TableHead
              columns={[
                t("objective"),
                t("claimed"),
                t("reviewed"),
                t("counts"),
                t("minimum"),
                t("result"),
                t("weight"),
              ]}
            />
            <tbody>
              {sovereignty.objectives.map((entry) => (
                <tr key={entry.objective} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    {entry.objective} · {tObjective(entry.objective)}
                  </th>
                  <td className="py-2 pr-4">{entry.claimed === null ? t("noClaim") : sealName(entry.claimed)}</td>
                  <td className="py-2 pr-4">{entry.reviewed === null ? t("notReviewed") : sealName(entry.reviewed)}</td>
                  <td className="py-2 pr-4 font-semibold">{sealName(entry.level)}</td>
                  <td className="py-2 pr-4">{sealName(entry.minimum)}</td>
                  <td className={`py-2 pr-4 font-semibold ${entry.meetsMinimum ? "text-success" : "text-danger"}`}>
                    <span aria-hidden="true">{entry.meetsMinimum ? "✓ " : "✗ "}</span>
                    {entry.meetsMinimum ? t("pass") : t("fail")}
                  </td>
                  <td className="py-2 text-right tabular-nums">{t("weightValue", { weight: entry.weight })}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </section>
  );
}
