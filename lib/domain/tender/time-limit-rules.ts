import type { ProcedureType } from "./tender-enums";

/**
 * Minimum time limits of Directive 2014/24/EU Arts 27–31, in calendar days from the day the notice
 * (or, for tenders in two-stage procedures, the invitation) is sent. Electronic submission is
 * mandatory (Art. 22(1)), so its 5-day reduction is always taken; it shortens only the standard
 * tender limit (Art. 27(4) and 28(5) reduce "the time limit set out in paragraph 1/2"), never the
 * shorter limits after a prior information notice or for urgency.
 */
export type StageLimit = {
  /** The standard limit with the electronic-submission reduction already taken. */
  standardDays: number;
  /** After a qualifying prior information notice; null when a notice cannot shorten it. */
  priorInformationNoticeDays: number | null;
  /** For duly substantiated urgency; null when urgency cannot shorten it. */
  urgencyDays: number | null;
  source: string;
};

export type ProcedureTimeLimits = {
  /** Requests to participate (two-stage procedures); null when there is no such stage. */
  requests: StageLimit | null;
  /** Tenders; null when the Directive fixes no minimum. */
  tenders: StageLimit | null;
};

const RESTRICTED_REQUESTS: StageLimit = {
  standardDays: 30,
  priorInformationNoticeDays: null,
  urgencyDays: 15,
  source: "Art. 28(1), 28(6)(a)",
};
// 30 days less 5 for electronic submission (Art. 28(2), 28(5)); 10 after a notice (28(3)) or in urgency (28(6)(b)).
const RESTRICTED_TENDERS: StageLimit = {
  standardDays: 25,
  priorInformationNoticeDays: 10,
  urgencyDays: 10,
  source: "Art. 28(2)–(6)",
};

export const TIME_LIMITS: Record<ProcedureType, ProcedureTimeLimits> = {
  OPEN: {
    requests: null,
    // 35 days less 5 for electronic submission (Art. 27(1), 27(4)); 15 after a notice (27(2)) or in urgency (27(3)).
    tenders: { standardDays: 30, priorInformationNoticeDays: 15, urgencyDays: 15, source: "Art. 27(1)–(4)" },
  },
  RESTRICTED: { requests: RESTRICTED_REQUESTS, tenders: RESTRICTED_TENDERS },
  // Art. 29(1): 30 days for requests and initial tenders, and Art. 28(3)–(6) apply.
  COMPETITIVE_NEGOTIATION: {
    requests: { ...RESTRICTED_REQUESTS, source: "Art. 29(1), 28(6)(a)" },
    tenders: { ...RESTRICTED_TENDERS, source: "Art. 29(1), 28(3)–(6)" },
  },
  COMPETITIVE_DIALOGUE: {
    requests: { standardDays: 30, priorInformationNoticeDays: null, urgencyDays: null, source: "Art. 30(1)" },
    tenders: null,
  },
  INNOVATION_PARTNERSHIP: {
    requests: { standardDays: 30, priorInformationNoticeDays: null, urgencyDays: null, source: "Art. 31(1)" },
    tenders: null,
  },
  NEGOTIATED_WITHOUT_PUBLICATION: { requests: null, tenders: null },
  BELOW_THRESHOLD_NATIONAL: { requests: null, tenders: null },
};

/** Art. 53(1): documents not freely available electronically add 5 days, except in urgency. */
export const DOCUMENTS_NOT_AVAILABLE_EXTRA_DAYS = 5;

/**
 * Art. 47(3)(a) and 53(2): additional information asked for in good time must be given at the
 * latest 6 days before the tender deadline, 4 in an accelerated (urgent) procedure.
 */
export const CLARIFICATION_MIN_DAYS = { standard: 6, urgency: 4, source: "Art. 47(3)(a), 53(2)" } as const;

/** Art. 27(2)(b), 28(3)(b): a prior information notice shortens limits if sent 35 days to 12 months before. */
export const PRIOR_INFORMATION_NOTICE_WINDOW = { minDays: 35, maxMonths: 12, source: "Art. 27(2)(b), 28(3)(b)" };

export type TimeLimitOptions = {
  /**
   * A prior information notice that meets Art. 27(2)/28(3): it held the contract notice's
   * information and was sent 35 days to 12 months before the contract notice.
   */
  priorInformationNotice?: boolean;
  /** When the prior information notice was sent; `checkTimeline` checks the 35-day–12-month window. */
  priorInformationNoticeSentOn?: string | null;
  /** Duly substantiated urgency (Art. 27(3), 28(6)). */
  urgency?: boolean;
  /** Some documents cannot be offered freely by electronic means (Art. 53(1)). */
  documentsNotFreelyAvailable?: boolean;
};

export type MinimumPeriod = {
  days: number;
  basis: "STANDARD" | "PRIOR_INFORMATION_NOTICE" | "URGENCY";
  source: string;
};

/**
 * The shortest lawful period, in calendar days, for receipt of tenders (from the notice in an open
 * procedure, from the invitation in the others), or null when the Directive sets none. Each
 * option opens another route; the shortest route wins, ties going to the earlier in the list.
 */
export function minimumTenderPeriod(procedure: ProcedureType, options: TimeLimitOptions = {}): MinimumPeriod | null {
  const limit = TIME_LIMITS[procedure].tenders;
  if (!limit) return null;
  const extra = options.documentsNotFreelyAvailable ? DOCUMENTS_NOT_AVAILABLE_EXTRA_DAYS : 0;
  const routes: MinimumPeriod[] = [{ days: limit.standardDays + extra, basis: "STANDARD", source: limit.source }];
  if (options.priorInformationNotice && limit.priorInformationNoticeDays !== null) {
    routes.push({
      days: limit.priorInformationNoticeDays + extra,
      basis: "PRIOR_INFORMATION_NOTICE",
      source: limit.source,
    });
  }
  if (options.urgency && limit.urgencyDays !== null) {
    routes.push({ days: limit.urgencyDays, basis: "URGENCY", source: limit.source });
  }
  return shortest(routes, extra > 0);
}

/** The shortest lawful period, in calendar days from the notice, for requests to participate; null when none. */
export function minimumRequestsPeriod(procedure: ProcedureType, options: TimeLimitOptions = {}): MinimumPeriod | null {
  const limit = TIME_LIMITS[procedure].requests;
  if (!limit) return null;
  const routes: MinimumPeriod[] = [{ days: limit.standardDays, basis: "STANDARD", source: limit.source }];
  if (options.urgency && limit.urgencyDays !== null) {
    routes.push({ days: limit.urgencyDays, basis: "URGENCY", source: limit.source });
  }
  return shortest(routes, false);
}

function shortest(routes: MinimumPeriod[], withArticle53: boolean): MinimumPeriod {
  const best = routes.reduce((a, b) => (b.days < a.days ? b : a));
  const source = `Directive 2014/24/EU ${best.source}${withArticle53 && best.basis !== "URGENCY" ? ", 53(1)" : ""}`;
  return { ...best, source };
}
