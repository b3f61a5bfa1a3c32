import type { TenderBidsAssessmentView } from "@/lib/domain/assessment/assess-bids";
import type { AuditTrailSummary } from "@/lib/domain/award/audit-summary";
import type { SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import type { EvaluationInput } from "@/lib/domain/evaluation/evaluation-input";
import type { BidView, EvaluationView, Figure, LotView } from "@/lib/domain/evaluation/evaluation-view";
import type { DeclaredConflict } from "@/lib/domain/panel/panel-model";
import type { DocumentText } from "../document-text";

/** A recorded award decision, as the report page reads it (lib/server/evaluation/award-decisions.ts). */
export type ReportDecision = {
  lotKey: string | null;
  winnerBidId: string | null;
  /** YYYY-MM-DD. */
  decidedOn: string;
  standstillEndsOn: string;
  note: string;
  decidedBy: { name: string; email: string } | null;
};

/** A member of the panel and their declarations (lib/server/evaluation/load-award-report.ts). */
export type ReportDeclaration = {
  name: string;
  email: string;
  panelRole: string;
  signedAt: Date | null;
  confirmedWithNamesAt: Date | null;
  conflicts: readonly DeclaredConflict[];
  removedAt: Date | null;
  removedReason: string;
  submittedAt: Date | null;
};

/**
 * Everything the printable award report shows, as the server loaded it for someone who may read
 * every score (the procurement lead or the chair), once the evaluation is complete: only opened
 * bids are in it, so a sealed bid never reaches the document.
 */
export type AwardReportInput = {
  tender: { reference: string; title: string; currency: string };
  authority: string;
  view: EvaluationView;
  input: Pick<EvaluationInput, "award" | "sovereignty" | "evaluators">;
  decisions: readonly ReportDecision[];
  assessments: readonly TenderBidsAssessmentView[];
  sovereigntyReviews: ReadonlyMap<string, SovereigntyReviews>;
  declarations: readonly ReportDeclaration[];
  auditTrail: AuditTrailSummary;
  actorNames: ReadonlyMap<string, string>;
  text: DocumentText;
  createdAt: string;
};

/** What every part of the report receives: the input and its figures in the document's language. */
export type ReportContext = AwardReportInput & {
  /** Points and percentages as the view rounded them, to 2 decimals. */
  points: (figure: Figure | null) => string;
  pointsOf: (value: number) => string;
  /** Whole cents as money in the tender's currency. */
  money: (cents: number) => string;
  moneyOf: (figure: Figure | null) => string;
  criterionName: (key: string) => string;
  /** "Codeworks SCE (bid 2)", as on the evaluation pages. */
  bidName: (lot: LotView, bidId: string | null) => string;
};

export function reportContext(input: AwardReportInput): ReportContext {
  const { text, tender, view } = input;
  const pointsOf = (value: number) => text.number(value, { minDecimals: 2, maxDecimals: 2 });
  const money = (cents: number) => text.money(Math.round(cents), tender.currency);
  return {
    ...input,
    pointsOf,
    points: (figure) => (figure === null ? "—" : pointsOf(Number(figure.shown))),
    money,
    moneyOf: (figure) => (figure === null ? "—" : money(Number(figure.shown))),
    criterionName: (key) => view.criteria.find((criterion) => criterion.key === key)?.name ?? key,
    bidName: (lot, bidId) => {
      const bid = lot.bids.find((candidate) => candidate.bidId === bidId);
      return bid ? nameOf(text, bid) : text.t("awardReport.decisions.noBid");
    },
  };
}

export function nameOf(text: DocumentText, bid: Pick<BidView, "label" | "receiptNumber">): string {
  return text.t("evaluationResults.bidLabel", { label: bid.label, number: bid.receiptNumber });
}

/** The anchor prefix of a lot's sections, as on the report page. */
export function lotAnchor(lot: LotView): string {
  return `lot-${lot.lotKey ?? "all"}`;
}
