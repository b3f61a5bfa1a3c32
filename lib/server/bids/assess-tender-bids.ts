import "server-only";
import { assessBids, tenderBidsAssessmentView, type TenderBidsAssessmentView } from "@/lib/domain/assessment/assess-bids"; // prettier-ignore
import { assessmentTender } from "@/lib/domain/assessment/assessment-tender";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import { lastCostYear } from "@/lib/domain/bids/cost-years";
import { tenderOutboundLicence, type OutboundLicence } from "@/lib/domain/licences";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import type { Lot } from "@/lib/domain/tender/lots";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { DbClient } from "@/lib/server/db";
import { readOpenedBids } from "./bid-access";
import { readBidTender } from "./bid-tender";

/**
 * The automatic assessment of a tender's opened bids, for one lot (or the whole tender when it
 * has no lots): the bids come through bid-access (the one read path, so nothing is computed from
 * a sealed bid), the settings from the tender, and the maths from lib/domain/assessment.
 * Before the opening the answer is only that the bids are sealed.
 */

export type AssessmentSettings = {
  discountRatePercent: number;
  tcoHorizonYears: number;
  /** The exit period's year: N + 1. */
  lastYear: number;
};

export type TenderBidsAssessmentResult =
  | { state: "SEALED" }
  /** The evaluation panel's rules keep this viewer from the bids for now; `messageKey` says why. */
  | { state: "REFUSED"; messageKey: string }
  | {
      state: "OPENED";
      /**
       * The evaluation panel withholds prices and costs from this viewer (bid-tender.ts): the
       * bids come without cost lines and the internal costs are left out, so every cost figure
       * is meaningless and pages must not show them.
       */
      pricesHidden: boolean;
      settings: AssessmentSettings;
      outboundLicence: OutboundLicence;
      assessment: TenderBidsAssessmentView;
    };

/**
 * `lotKey` must be one of the tender's lots when it has lots, and null when it has none; anything
 * else is NOT_FOUND, like a tender out of the viewer's reach. FORBIDDEN without `bid.view`.
 */
export async function assessTenderBids(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  lotKey: string | null,
): Promise<TenderBidsAssessmentResult> {
  const bidTender = await readBidTender(db, viewer, tenderId);
  const lotKeys = bidTender.lots.map((lot) => lot.key);
  if (lotKeys.length > 0 ? lotKey === null || !lotKeys.includes(lotKey) : lotKey !== null) {
    throw new AppError("NOT_FOUND");
  }

  let bids;
  try {
    bids = await readOpenedBids(db, viewer, tenderId);
  } catch (error) {
    if (error instanceof AppError && error.messageKey === "errors.bidsSealed") return { state: "SEALED" };
    if (error instanceof AppError && error.code === "FORBIDDEN" && error.messageKey?.startsWith("errors.evaluation.")) {
      return { state: "REFUSED", messageKey: error.messageKey };
    }
    throw error;
  }

  const row = await db.tender.findFirstOrThrow({
    where: { id: bidTender.id, organisationId: viewer.organisation.id },
    select: {
      award: true,
      durationMonths: true,
      sovereignty: true,
      estimatedValueCents: true,
      lots: true,
      clauses: true,
    },
  });
  const clauses = (row.clauses ?? []) as ChosenClause[];
  const award = readAwardCriteria(row.award, row.durationMonths);
  const tender = assessmentTender(
    {
      award,
      durationMonths: row.durationMonths,
      sovereignty: row.sovereignty as SovereigntyProfile | null,
      estimatedValueCents: row.estimatedValueCents === null ? null : Number(row.estimatedValueCents),
      lots: ((row.lots ?? []) as Lot[]).map((lot) => ({ key: lot.key, estimatedValueCents: lot.estimatedValueCents })),
      clauses,
      // As bid-tender.ts gives them to this viewer: none while the panel withholds costs.
      internalCosts: bidTender.internalCosts,
    },
    await getChosenClauseVersions(db, clauses),
  );
  const outboundLicence = tenderOutboundLicence(clauses);
  const assessed = assessBids(
    bids.map((bid) => ({
      id: bid.id,
      receiptNumber: bid.receiptNumber,
      content: bid.content,
      internalCosts: bid.internalCosts,
      sovereigntyReviews: bid.sovereigntyReviews,
    })),
    tender,
    outboundLicence.licenceId,
    lotKey,
  );
  return {
    state: "OPENED",
    pricesHidden: bidTender.costsHidden,
    settings: {
      discountRatePercent: tender.discountRatePercent,
      tcoHorizonYears: tender.tcoHorizonYears,
      lastYear: lastCostYear(tender.tcoHorizonYears),
    },
    outboundLicence,
    assessment: tenderBidsAssessmentView(assessed, award),
  };
}
