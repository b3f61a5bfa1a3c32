import type { SealLevel, SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import type { AbnormallyLowReason } from "./abnormally-low";
import type { BidAssessment, BidComparison } from "./compare-bids";
import { exactText, roundCents, twoDecimals, type Exact } from "./exact";
import type { GateResult, ObjectiveAssessment } from "./sovereignty-assessment";
import type { StandardStatus } from "./standards-coverage";
import type { CostFigures, TcoPart } from "./tco";

/**
 * The assessment as plain data for pages (server components hand it to client components, which
 * cannot receive decimal.js objects) and for exports: amounts in whole cents rounded half up,
 * points and percentages as numbers rounded half up to 2 decimals, and the exact discounted value
 * as decimal text beside each amount, for whoever recomputes or ranks. Orders and ranks are
 * decided on the exact values before this conversion.
 */

export type FiguresView = { nominalCents: number; discountedCents: number; discountedCentsExact: string };

export type TcoPartView = {
  total: FiguresView;
  byCategory: (FiguresView & { category: string })[];
  byYear: (FiguresView & { year: number; cumulativeDiscountedCents: number })[];
  byCategoryAndYear: (FiguresView & { category: string; year: number })[];
};

export function figuresView(figures: CostFigures): FiguresView {
  return {
    nominalCents: roundCents(figures.nominal),
    discountedCents: roundCents(figures.discounted),
    discountedCentsExact: exactText(figures.discounted),
  };
}

export function tcoPartView(part: TcoPart): TcoPartView {
  return {
    total: figuresView(part.total),
    byCategory: part.byCategory.map((entry) => ({ category: entry.category, ...figuresView(entry) })),
    byYear: part.byYear.map((entry) => ({
      year: entry.year,
      ...figuresView(entry),
      cumulativeDiscountedCents: roundCents(entry.cumulativeDiscounted),
    })),
    byCategoryAndYear: part.byCategoryAndYear.map((entry) => ({
      category: entry.category,
      year: entry.year,
      ...figuresView(entry),
    })),
  };
}

/** A percentage or a number of points to 2 decimals, half up (66.255 → 66.26). */
function shown(value: Exact | null): number | null {
  return value === null ? null : Number(twoDecimals(value));
}

export type BidAssessmentView = {
  id: string;
  receiptNumber: number;
  bidderName: string;
  admissible: boolean;
  costRank: number | null;
  tco: {
    lastYear: number;
    bidder: TcoPartView;
    internal: TcoPartView;
    internalCostsSource: "BID" | "TENDER";
    combined: TcoPartView;
    problems: { code: string; severity: string; path?: string; values?: Readonly<Record<string, string | number>> }[];
  };
  sovereignty: {
    gate: GateResult;
    overallSeal: SealLevel;
    scorePercent: number;
    points: number | null;
    /** The SOVEREIGNTY criterion's weight, the most points a bid can get; null without one. */
    criterionWeight: number | null;
    failedObjectives: SovereigntyObjective[];
    /** Plain data already. */
    objectives: ObjectiveAssessment[];
  } | null;
  standards: {
    coveragePercent: number | null;
    standards: { standardId: string; status: StandardStatus; evidence: string }[];
    counts: Record<StandardStatus, number>;
  };
  abnormallyLow: {
    flagged: boolean;
    reasons: AbnormallyLowReason[];
    otherCount: number;
    meanOfOthersCents: number | null;
    belowMeanPercent: number | null;
    shareOfEstimatePercent: number | null;
  };
};

export function bidAssessmentView(bid: BidAssessment): BidAssessmentView {
  const { tco, sovereignty, standards, abnormallyLow } = bid;
  return {
    id: bid.id,
    receiptNumber: bid.receiptNumber,
    bidderName: bid.bidderName,
    admissible: bid.admissible,
    costRank: bid.costRank,
    tco: {
      lastYear: tco.settings.lastYear,
      bidder: tcoPartView(tco.bidder),
      internal: tcoPartView(tco.internal),
      internalCostsSource: bid.internalCostsSource,
      combined: tcoPartView(tco.combined),
      problems: tco.problems.map((problem) => ({ ...problem })),
    },
    sovereignty: sovereignty && {
      gate: sovereignty.gate,
      overallSeal: sovereignty.overallSeal,
      scorePercent: shown(sovereignty.scorePercent)!,
      points: shown(sovereignty.points),
      criterionWeight: sovereignty.criterionWeight,
      failedObjectives: [...sovereignty.failedObjectives],
      objectives: sovereignty.objectives.map((entry) => ({ ...entry })),
    },
    standards: {
      coveragePercent: shown(standards.coveragePercent),
      standards: standards.standards.map((entry) => ({ ...entry })),
      counts: { ...standards.counts },
    },
    abnormallyLow: {
      flagged: abnormallyLow.flagged,
      reasons: [...abnormallyLow.reasons],
      otherCount: abnormallyLow.otherCount,
      meanOfOthersCents: abnormallyLow.meanOfOthersCents && roundCents(abnormallyLow.meanOfOthersCents),
      belowMeanPercent: shown(abnormallyLow.belowMeanPercent),
      shareOfEstimatePercent: shown(abnormallyLow.shareOfEstimatePercent),
    },
  };
}

export type BidComparisonView = {
  lotKey: string | null;
  estimatedValueCents: number | null;
  bids: BidAssessmentView[];
};

export function comparisonView(comparison: BidComparison): BidComparisonView {
  return {
    lotKey: comparison.lotKey,
    estimatedValueCents: comparison.estimatedValueCents,
    bids: comparison.bids.map(bidAssessmentView),
  };
}
