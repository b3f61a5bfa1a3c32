import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import type { SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import type { LotView } from "@/lib/domain/evaluation/evaluation-view";
import { LICENCE_CLASSES } from "@/lib/domain/licences/licence-class";
import type { Block } from "../document-model";
import type { Section } from "../sections";
import { paragraph, textTable } from "../sections";
import { lotAnchor, nameOf, type ReportContext } from "./report-input";

/**
 * Each bid's automatic findings as the panel had them: the total cost of ownership (the bidder's
 * prices and the internal costs apart, nominal and discounted, then by category), the licences,
 * open standards, the abnormally-low check, and sovereignty per objective with the evaluators'
 * reviews and their reasons.
 */
export function findingsSection(context: ReportContext, lot: LotView): Section {
  const assessment = context.assessments.find((entry) => entry.lotKey === lot.lotKey);
  return {
    title: context.text.t("awardReport.findingsHeading"),
    anchor: `${lotAnchor(lot)}-findings`,
    blocks: [],
    subsections: lot.bids.flatMap((bid) => {
      const found = assessment?.bids.find((entry) => entry.id === bid.bidId);
      if (!found) return [];
      const name = nameOf(context.text, bid);
      const reviews = context.sovereigntyReviews.get(bid.bidId) ?? {};
      return [{ title: name, anchor: `${lotAnchor(lot)}-findings-${bid.receiptNumber}`, blocks: bidFindings(context, found, name, reviews) }]; // prettier-ignore
    }),
  };
}

function bidFindings(
  context: ReportContext,
  bid: BidFullAssessmentView,
  name: string,
  reviews: SovereigntyReviews,
): Block[] {
  // prettier-ignore
  const { text, tender, money } = context;
  const t = (key: string, values?: Record<string, string | number>) => text.t(`awardReport.assessment.${key}`, values);
  const tTco = (key: string, values?: Record<string, string | number>) => text.t(`bidAssessment.tco.${key}`, values);
  const { tco, licences, sovereignty, standards, abnormallyLow } = bid;
  const claim = licences.openSourceClaim;
  const attention = licences.deliverables.needingAttention.map((component) => component.name);
  const right = (header: string) => ({ header, align: "right" as const });
  const blocks: Block[] = [
    textTable(
      tTco("totalsCaption", { currency: tender.currency }),
      [tTco("costs"), right(tTco("nominal")), right(tTco("discounted"))],
      (
        [
          ["bidder", tco.bidder.total],
          ["internal", tco.internal.total],
          ["together", tco.combined.total],
        ] as const
      ).map(([key, figures]) => [tTco(key), money(figures.nominalCents), money(figures.discountedCents)]),
    ),
    textTable(
      tTco("byCategoryCaption", { currency: tender.currency }),
      [text.t("costLines.category"), right(tTco("togetherNominal")), right(tTco("togetherDiscounted"))],
      tco.combined.byCategory.map((entry) => [
        text.t(`costLines.categories.${entry.category}`),
        money(entry.nominalCents),
        money(entry.discountedCents),
      ]),
    ),
  ];
  if (tco.problems.some((problem) => problem.code === "tco.exitMissing")) {
    blocks.push(paragraph({ text: t("exitMissing"), bold: true }));
  }
  const counts = LICENCE_CLASSES.map((licenceClass) => `${text.t(`licences.class.${licenceClass}`)}: ${licences.counts[licenceClass]}`).join(", "); // prettier-ignore
  blocks.push(
    paragraph(t("licenceCounts", { counts })),
    paragraph(`${text.t(`licences.openSourceClaim.${claim.status}`, { count: claim.components.length })}${claim.flagged ? ` ${t("flagged")}` : ""}`), // prettier-ignore
    paragraph(attention.length === 0 ? t("deliverablesFine") : t("deliverablesAttention", { components: attention.join(", ") })), // prettier-ignore
  );
  if (licences.aiModels.count > 0) {
    blocks.push(
      paragraph(t("aiModels", { count: licences.aiModels.count, restricted: licences.aiModels.useRestricted })),
    );
  }
  blocks.push(
    paragraph(
      `${standards.coveragePercent === null ? t("noStandards") : t("standards", { percent: text.number(standards.coveragePercent, { maxDecimals: 2 }) })}${abnormallyLow.flagged ? ` ${t("abnormallyLow")}` : ""}`, // prettier-ignore
    ),
  );
  if (sovereignty) {
    blocks.push(
      textTable(
        t("sovereigntyCaption", { bid: name }),
        [t("objective"), right(t("claimed")), t("reviewed"), right(t("level")), right(t("minimum"))],
        sovereignty.objectives.map((objective) => {
          const review = reviews[objective.objective];
          return [
            `${objective.objective} ${text.t(`tenders.sovereigntyObjective.${objective.objective}`)}`,
            objective.claimed === null || objective.claimed === undefined ? "—" : String(objective.claimed),
            review ? t("review", { level: review.level, by: review.reviewerName, why: review.justification }) : "—",
            String(objective.level),
            `${objective.minimum}${objective.meetsMinimum ? "" : ` ${t("belowMinimum")}`}`,
          ];
        }),
      ),
    );
  }
  return blocks;
}
