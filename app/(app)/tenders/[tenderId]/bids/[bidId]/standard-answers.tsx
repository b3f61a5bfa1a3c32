import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import { OPEN_STANDARDS } from "@/lib/domain/standards/open-standards";
import type { OpenedBidDetail } from "@/lib/server/bids/bid-access";

/** The bid's answer on each open standard the tender requires, with its evidence. */
export async function StandardAnswers({ bid }: { bid: OpenedBidDetail }) {
  const t = await getTranslations("openedBid.standards");
  const answers = bid.content.standardAnswers ?? [];
  const nameOf = (id: string) => OPEN_STANDARDS.find((standard) => standard.id === id)?.name ?? id;
  return (
    <section aria-labelledby="standards-heading" className="mb-10">
      <h2 id="standards-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      {answers.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead columns={[t("standard"), t("answer"), t("evidence")]} />
          <tbody>
            {answers.map((answer) => (
              <tr key={answer.standardId} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 text-left">
                  {nameOf(answer.standardId)}
                </th>
                <td className="py-2 pr-4 whitespace-nowrap">{t(`answers.${answer.answer}`)}</td>
                <td className="py-2 whitespace-pre-line">{answer.evidence || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
