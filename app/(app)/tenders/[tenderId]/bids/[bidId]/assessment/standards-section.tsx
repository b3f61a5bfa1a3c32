import { getFormatter, getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import { OPEN_STANDARDS } from "@/lib/domain/standards/open-standards";

/** Each open standard the tender requires, with the bid's answer and evidence, and the coverage figure. */
export async function StandardsSection({ bid }: { bid: BidFullAssessmentView }) {
  const [t, format] = await Promise.all([getTranslations("bidAssessment.standards"), getFormatter()]);
  const { standards } = bid;
  const nameOf = (id: string) => OPEN_STANDARDS.find((standard) => standard.id === id)?.name ?? id;
  return (
    <section aria-labelledby="standards-heading" className="mb-12">
      <h2 id="standards-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      {standards.coveragePercent === null ? (
        <p className="max-w-3xl">{t("none")}</p>
      ) : (
        <>
          <p className="mb-1 text-lg font-semibold">
            {t("coverage", { percent: format.number(standards.coveragePercent, { maximumFractionDigits: 2 }) })}
          </p>
          <p className="mb-4 max-w-3xl">{t("coverageHint")}</p>
          <table className="w-full max-w-4xl border-collapse text-left">
            <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
            <TableHead columns={[t("standard"), t("answer"), t("evidence")]} />
            <tbody>
              {standards.standards.map((entry) => (
                <tr key={entry.standardId} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    {nameOf(entry.standardId)}
                  </th>
                  <td className="py-2 pr-4 font-semibold whitespace-nowrap">{t(`status.${entry.status}`)}</td>
                  <td className="py-2 whitespace-pre-line">{entry.evidence || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
