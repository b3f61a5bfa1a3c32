import { addDays, type IsoDate } from "@/lib/domain/tender/calendar-date";
import type { TenderStatus } from "@/lib/domain/tender/tender-enums";

/**
 * The four-eyes opening of a tender's bids. The rule for when it may happen is deliberately
 * simple: a bid received at any time on the deadline day is on time (its receipt date is what
 * counts), so the bids can be opened from the next calendar day, 00:00 in Brussels, the app's
 * time zone. One person with `bid.open` requests the opening; a different one confirms it.
 */
export const OPENING_TIME_ZONE = "Europe/Brussels";

/** The calendar day (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function calendarDayAt(now: Date, timeZone: string = OPENING_TIME_ZONE): IsoDate {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The first day the bids may be opened: the day after the deadline. */
export function openingPossibleFrom(tenderDeadline: IsoDate): IsoDate {
  return addDays(tenderDeadline, 1);
}

export type OpeningRecord = { requestedById: string; openedAt: Date | null };

export type OpeningContext = {
  status: TenderStatus;
  tenderDeadline: IsoDate | null;
  /** Today in Brussels (calendarDayAt). */
  today: IsoDate;
  /** Bids received and not withdrawn. */
  bidCount: number;
  opening: OpeningRecord | null;
};

export type OpeningPhase =
  | { kind: "OPENED" }
  | { kind: "REQUESTED" }
  | { kind: "NOT_PUBLISHED" }
  | { kind: "NO_DEADLINE" }
  | { kind: "BEFORE_DEADLINE"; possibleFrom: IsoDate }
  | { kind: "NO_BIDS" }
  | { kind: "READY" };

/** Where the opening stands, for the page to say so. */
export function openingPhase(context: OpeningContext): OpeningPhase {
  if (context.opening?.openedAt) return { kind: "OPENED" };
  if (context.opening) return { kind: "REQUESTED" };
  return timeRefusal(context) ?? { kind: "READY" };
}

/** Why the bids cannot be opened yet, whoever asks; null when they can. */
function timeRefusal(
  context: OpeningContext,
): Exclude<OpeningPhase, { kind: "OPENED" | "REQUESTED" | "READY" }> | null {
  if (context.status !== "PUBLISHED") return { kind: "NOT_PUBLISHED" };
  if (context.tenderDeadline === null) return { kind: "NO_DEADLINE" };
  const possibleFrom = openingPossibleFrom(context.tenderDeadline);
  if (context.today < possibleFrom) return { kind: "BEFORE_DEADLINE", possibleFrom };
  if (context.bidCount === 0) return { kind: "NO_BIDS" };
  return null;
}

export type OpeningStep = "request" | "withdraw" | "confirm";

export const OPENING_REFUSALS = [
  "alreadyOpened",
  "alreadyRequested",
  "notRequested",
  "notRequester",
  "sameUser",
  "notPublished",
  "noDeadline",
  "beforeDeadline",
  "noBids",
] as const;
export type OpeningRefusal = (typeof OPENING_REFUSALS)[number];

const REFUSAL_BY_PHASE = {
  NOT_PUBLISHED: "notPublished",
  NO_DEADLINE: "noDeadline",
  BEFORE_DEADLINE: "beforeDeadline",
  NO_BIDS: "noBids",
} as const satisfies Record<Exclude<OpeningPhase["kind"], "OPENED" | "REQUESTED" | "READY">, OpeningRefusal>;

/**
 * Whether `viewerId` may take this step now, or why not. Confirming checks the time again: a
 * corrigendum may have moved the deadline since the request.
 */
export function checkOpeningStep(step: OpeningStep, context: OpeningContext, viewerId: string): OpeningRefusal | null {
  const { opening } = context;
  if (opening?.openedAt) return "alreadyOpened";
  if (step === "withdraw") {
    if (!opening) return "notRequested";
    return opening.requestedById === viewerId ? null : "notRequester";
  }
  if (step === "request" && opening) return "alreadyRequested";
  if (step === "confirm") {
    if (!opening) return "notRequested";
    if (opening.requestedById === viewerId) return "sameUser";
  }
  const refusal = timeRefusal(context);
  return refusal ? REFUSAL_BY_PHASE[refusal.kind] : null;
}
