import "server-only";
import { z } from "zod";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { can } from "@/lib/domain/permissions";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import { AppError } from "@/lib/errors";
import { costLineSchema } from "@/lib/schemas/bid";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { readBidAccess } from "./bid-access";

/**
 * What the bid pages need to know of a tender: enough to read its bids (title, deadline, lots,
 * cost horizon, sovereignty minimums, the authority's internal costs), for anyone who handles or
 * evaluates bids. Evaluators have no `tender.view`: they get this, never the tender's drafting
 * pages, and only for tenders past drafting (published, under evaluation, awarded, or cancelled
 * after publication), where bids can exist. Anything else is NOT_FOUND, as for another
 * organisation's tender.
 * SECURITY: change only with a second reviewer.
 */
export type BidTender = {
  id: string;
  reference: string;
  title: string;
  status: (typeof BID_TENDER_STATUSES)[number];
  currency: string;
  /** YYYY-MM-DD; bids received on that day are on time. */
  tenderDeadline: string | null;
  /** The planned opening day of the timetable, for information. */
  openingDate: string | null;
  lots: { key: string; title: string }[];
  /** N of decisions.md: contract years counted in the cost of ownership; null without award criteria. */
  tcoHorizonYears: number | null;
  discountRatePercent: number | null;
  minimumSeal: Partial<Record<string, number>>;
  /** Empty while `costsHidden`. */
  internalCosts: CostLine[];
  /**
   * The evaluation panel withholds prices and costs from this viewer (an evaluator who has not
   * submitted their scores, or one who may read no bid at all): the internal costs too.
   */
  costsHidden: boolean;
};

/** Where bids can exist: from publication on (a draft never had any). */
export const BID_TENDER_STATUSES = ["PUBLISHED", "EVALUATION", "AWARDED", "CANCELLED"] as const;

export function canHandleBids(viewer: Viewer): boolean {
  return can(viewer.roles, "bid.view") || can(viewer.roles, "bid.register") || can(viewer.roles, "bid.open");
}

export async function readBidTender(db: DbClient, viewer: Viewer, tenderId: string): Promise<BidTender> {
  if (!canHandleBids(viewer)) throw new AppError("NOT_FOUND");
  const row = await db.tender.findFirst({
    where: { id: tenderId, organisationId: viewer.organisation.id, status: { in: [...BID_TENDER_STATUSES] } },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      currency: true,
      tenderDeadline: true,
      openingDate: true,
      lots: true,
      award: true,
      durationMonths: true,
      sovereignty: true,
      internalCosts: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const access = await readBidAccess(db, viewer, tenderId);
  const costsHidden = access.kind === "REFUSED" || access.pricesHidden;
  const award = readAwardCriteria(row.award, row.durationMonths);
  const sovereignty = row.sovereignty as SovereigntyProfile | null;
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status as BidTender["status"],
    currency: row.currency,
    tenderDeadline: calendarDate(row.tenderDeadline),
    openingDate: calendarDate(row.openingDate),
    lots: ((row.lots ?? []) as { key: string; title: string }[]).map(({ key, title }) => ({ key, title })),
    tcoHorizonYears: award?.tcoHorizonYears ?? null,
    discountRatePercent: award?.discountRatePercent ?? null,
    minimumSeal: Object.fromEntries(
      Object.entries(sovereignty?.minimumSeal ?? {}).map(([objective, requirement]) => [objective, requirement.seal]),
    ),
    internalCosts: costsHidden ? [] : readCostLines(row.internalCosts),
    costsHidden,
  };
}

const storedCostLines = z.array(costLineSchema);

/** Cost lines as stored by the internal-costs actions (which validated them); anything else is a bug. */
export function readCostLines(stored: unknown): CostLine[] {
  return storedCostLines.parse(stored ?? []);
}

function calendarDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
