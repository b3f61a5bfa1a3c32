import { getFormatter, getTranslations } from "next-intl/server";
import { bidName } from "@/components/evaluation/section-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { STANDSTILL_DAYS } from "@/lib/domain/award/standstill";
import type { EvaluationView } from "@/lib/domain/evaluation/evaluation-view";
import type { AwardDecisionView } from "@/lib/server/evaluation/award-decisions";

/**
 * The recommendation and the decision, lot by lot: the ranking's proposal and, once recorded, the
 * bid awarded, the date, the end of the standstill, the reason and who decided.
 */
export async function ReportDecisions({
  view,
  decisions,
}: {
  view: EvaluationView;
  decisions: readonly AwardDecisionView[];
}) {
  const [t, tResults, format] = await Promise.all([
    getTranslations("awardReport.decisions"),
    getTranslations("evaluationResults"),
    getFormatter(),
  ]);
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="decisions-heading" className="mb-10">
      <h2 id="decisions-heading" className="mb-3 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl">{t("standstillRule", { days: STANDSTILL_DAYS })}</p>
      {view.lots.map((lot) => {
        const name = (bidId: string | null) => {
          const bid = lot.bids.find((candidate) => candidate.bidId === bidId);
          return bid ? bidName(tResults, bid) : t("noBid");
        };
        const decision = decisions.find((entry) => entry.lotKey === lot.lotKey);
        const proposal =
          lot.outcome.kind === "WINNER"
            ? name(lot.outcome.bidId)
            : lot.outcome.kind === "UNRESOLVED_TIE"
              ? t("tie", { bids: lot.outcome.bidIds.map(name).join(", ") })
              : t("noAdmissibleBid");
        return (
          <div key={lot.lotKey ?? "all"} className="mb-4">
            {lot.lotKey ? (
              <h3 className="mb-1 text-xl">{tResults("lotHeading", { key: lot.lotKey, title: lot.lotTitle ?? "" })}</h3>
            ) : null}{" "}
            {/* prettier-ignore */}
            <SummaryList
              rows={[
                { key: "proposal", label: t("proposal"), value: proposal },
                ...(decision
                  ? [
                      { key: "winner", label: t("winner"), value: name(decision.winnerBidId) },
                      { key: "date", label: t("decidedOn"), value: day(decision.decidedOn) },
                      { key: "standstill", label: t("standstillEndsOn"), value: day(decision.standstillEndsOn) },
                      { key: "reason", label: t("reason"), value: decision.note || t("noReason") },
                      { key: "by", label: t("decidedBy"), value: decision.decidedBy ? `${decision.decidedBy.name} (${decision.decidedBy.email})` : "—" }, // prettier-ignore
                    ]
                  : [{ key: "pending", label: t("winner"), value: t("pending") }]),
              ]}
            />
          </div>
        );
      })}
    </section>
  );
}
