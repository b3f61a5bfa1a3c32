import { getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import { bidName, SectionHeading } from "./section-heading";

/**
 * The rank-reversal check of the relative cost formulas F1 and F2 (decisions.md): the ranking
 * recomputed without each admissible bid in turn, with every pair of bids whose order flips.
 * Nothing for the absolute formulas, where a bid's points never depend on the others.
 */
export async function RankReversalSection({ lot, level = 2 }: { lot: LotView; level?: 2 | 3 }) {
  const check = lot.rankReversal;
  if (!check) return null;
  const t = await getTranslations("evaluationResults.rankReversal");
  const tBid = await getTranslations("evaluationResults");
  const name = (bidId: string | null) =>
    bidId === null
      ? t("noWinner")
      : bidName(
          tBid,
          lot.bids.find((bid) => bid.bidId === bidId)!,
        );
  const id = `lot-${lot.lotKey ?? "all"}`;
  const winnerChanges = check.removals.filter((removal) => removal.winnerChanged).length;

  return (
    <section aria-labelledby={`${id}-reversal-heading`} className="mb-10 break-inside-avoid">
      <SectionHeading id={`${id}-reversal-heading`} level={level}>
        {t("heading")}
      </SectionHeading>
      <p className="mb-2 max-w-3xl">{t("lead", { formula: check.formula })}</p>
      <p className="mb-4 max-w-3xl font-semibold">
        {check.flipCount === 0 ? t("noFlips") : t("flips", { count: check.flipCount, winnerChanges })}
      </p>
      <ScrollTable caption={t("caption")} captionHidden>
        <TableHead columns={[t("removed"), t("winnerAfter"), t("changes")]} />
        <tbody>
          {check.removals.map((removal) => (
            <tr key={removal.removedBidId} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {name(removal.removedBidId)}
              </th>
              <td className="py-2 pr-4">
                {name(removal.winnerAfter)}
                {removal.winnerChanged ? ` ${t("winnerChanged")}` : ""}
              </td>
              <td className="py-2 pr-4">
                {!removal.recomputed ? (
                  t("notRecomputed")
                ) : removal.flips.length === 0 ? (
                  t("noChange")
                ) : (
                  <ul className="list-disc pl-5">
                    {removal.flips.map((flip) => (
                      <li key={`${flip.before}-${flip.after}`}>
                        {t("flip", { before: name(flip.before), after: name(flip.after) })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
