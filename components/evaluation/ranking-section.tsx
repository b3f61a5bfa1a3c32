import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import { evaluationFormatFor } from "./evaluation-format-server";
import { bidName, type LotSectionProps, SectionHeading } from "./section-heading";

/**
 * The ranking of the admissible bids: weighted totals shown to 2 decimals and compared unrounded
 * (decisions.md), the rule that placed each bid after the one above it, and any tie the rules do
 * not break, reported for a documented decision rather than broken silently.
 */
export async function RankingSection({ view, lot, currency, level = 2 }: LotSectionProps) {
  const t = await getTranslations("evaluationResults");
  const format = await evaluationFormatFor(currency);
  const perPoint = view.method.costFormula === "F8";
  const name = (bidId: string) => {
    const bid = lot.bids.find((candidate) => candidate.bidId === bidId)!;
    return bidName(t, bid);
  };
  const ties = groupsOfTies(lot);

  return (
    <section aria-labelledby={`lot-${lot.lotKey ?? "all"}-ranking-heading`} className="mb-10">
      <SectionHeading id={`lot-${lot.lotKey ?? "all"}-ranking-heading`} level={level}>
        {t("ranking.heading")}
      </SectionHeading>
      <Outcome lot={lot} name={name} t={t} />
      {ties.length > 0 ? (
        <Notice tone="danger" title={t("ranking.tieTitle")}>
          {ties.map((group) => (
            <p key={group.rank} className="mb-1">
              {t("ranking.tieBody", { rank: group.rank, bids: group.bidIds.map(name).join(", ") })}
            </p>
          ))}
          <p>{t("ranking.tieRule")}</p>
        </Notice>
      ) : null}
      {lot.ranking.length === 0 ? null : (
        <ScrollTable caption={t("ranking.caption")} captionHidden>
          <TableHead
            columns={[
              t("ranking.rank"),
              t("ranking.bid"),
              t("ranking.qualityPoints"),
              perPoint ? t("ranking.pricePerQualityPoint") : t("ranking.costPoints"),
              ...(perPoint ? [] : [t("ranking.totalPoints")]),
              t("ranking.tco"),
              t("ranking.placedBy"),
            ]}
          />
          <tbody>
            {lot.ranking.map((entry) => (
              <tr key={entry.bidId} className="border-b border-line">
                <td className="py-2 pr-4 tabular-nums">{entry.rank}</td>
                <th scope="row" className="py-2 pr-4 font-normal">
                  {name(entry.bidId)}
                </th>
                <td className="py-2 pr-4 tabular-nums">{format.pointsOf(entry.qualityPoints)}</td>
                <td className="py-2 pr-4 tabular-nums">
                  {perPoint ? format.moneyOf(entry.pricePerQualityPoint) : format.pointsOf(entry.costPoints)}
                </td>
                {perPoint ? null : (
                  <td className="py-2 pr-4 font-semibold tabular-nums">{format.pointsOf(entry.totalPoints)}</td>
                )}
                <td className="py-2 pr-4 tabular-nums">{format.moneyOf(entry.tco)}</td>
                <td className="py-2 pr-4">{t(`ranking.placed.${entry.placedBy}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p className="text-muted mt-3 max-w-3xl">{perPoint ? t("ranking.roundingF8") : t("ranking.rounding")}</p>
    </section>
  );
}

function Outcome({
  lot,
  name,
  t,
}: {
  lot: LotView;
  name: (bidId: string) => string;
  t: Awaited<ReturnType<typeof getTranslations<"evaluationResults">>>;
}) {
  switch (lot.outcome.kind) {
    case "WINNER":
      return (
        <p className="mb-4 max-w-3xl text-lg">
          {t("ranking.winner", {
            bid: name(lot.outcome.bidId),
            rule: t(`ranking.decidedBy.${lot.outcome.decidedBy ?? "ALONE"}`),
          })}
        </p>
      );
    case "UNRESOLVED_TIE":
      return <p className="mb-4 max-w-3xl text-lg">{t("ranking.tieAtTop", { bids: lot.outcome.bidIds.map(name).join(", ") })}</p>; // prettier-ignore
    case "NO_ADMISSIBLE_BID":
      return <p className="mb-4 max-w-3xl text-lg">{t("ranking.noAdmissibleBid")}</p>;
  }
}

/** Bids that share a rank: the ranking lists them with the same number. */
function groupsOfTies(lot: LotView): { rank: number; bidIds: string[] }[] {
  const byRank = new Map<number, string[]>();
  for (const entry of lot.ranking) byRank.set(entry.rank, [...(byRank.get(entry.rank) ?? []), entry.bidId]);
  return [...byRank].filter(([, ids]) => ids.length > 1).map(([rank, bidIds]) => ({ rank, bidIds }));
}
