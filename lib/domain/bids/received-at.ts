import { isIsoDate, type IsoDate } from "@/lib/domain/tender/calendar-date";

/**
 * When a bid was received, and whether that was in time.
 *
 * Deadlines are calendar dates (lib/domain/tender/calendar-date.ts); the authority records the
 * time of receipt as its own clock showed it. So a receipt time is a wall-clock time with no time
 * zone: `2026-11-20T14:30` is kept as the instant `2026-11-20T14:30:00.000Z` and always shown in
 * UTC, which gives back exactly the digits that were entered. No conversion ever moves a bid
 * received at 23:30 on the deadline day into the next day.
 *
 * The rule (documented in docs/bids-import.md and the user guide): a bid is on time when it was
 * received on or before the deadline day, at any time of that day, up to 23:59:59. Tender
 * documents that set a time of day (noon, say) are enforced by the staff who receive the bids:
 * the app only knows the day. A bid received before the publication date cannot be right either.
 */

export type ReceivedAtProblemCode = "bidReception.receivedAfterDeadline" | "bidReception.receivedBeforePublication";

/** `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM` (seconds optional): the authority's wall-clock time. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock receipt time as the instant that stores it, or null when the text is not one.
 * A JSON export writes the stored instant back (`…T14:30:00.000Z`): a trailing `Z` or offset is
 * accepted and ignored, so the digits as written are the time of receipt.
 */
export function parseReceivedAt(text: string): Date | null {
  const withoutZone = text.trim().replace(/(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/i, "");
  const match = LOCAL_DATE_TIME.exec(withoutZone);
  if (!match) return null;
  const [, date, hours, minutes, seconds = "00"] = match as unknown as [string, string, string, string, string?];
  if (!isIsoDate(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  return new Date(`${date}T${hours}:${minutes}:${seconds}.000Z`);
}

/** A date and an `HH:MM` time as the form's two fields hold them. */
export function receivedAtFromParts(date: string, time: string): Date | null {
  return parseReceivedAt(`${date.trim()}T${time.trim()}`);
}

/** The calendar day of a stored receipt time. */
export function receivedDay(receivedAt: Date): IsoDate {
  return receivedAt.toISOString().slice(0, 10);
}

/** `2026-11-20 14:30`: how pages and exports show a receipt time (its wall-clock digits). */
export function formatReceivedAt(receivedAt: Date): string {
  return receivedAt.toISOString().slice(0, 16).replace("T", " ");
}

/**
 * Whether a bid received then is acceptable for a tender with these dates (null when it is).
 * Without a deadline on record nothing can be late; the register refuses that case earlier.
 */
export function checkReceivedAt(
  receivedAt: Date,
  tender: { tenderDeadline: IsoDate | null; publicationDate: IsoDate | null },
): { code: ReceivedAtProblemCode; values: Record<string, string> } | null {
  const day = receivedDay(receivedAt);
  if (tender.tenderDeadline !== null && day > tender.tenderDeadline) {
    return { code: "bidReception.receivedAfterDeadline", values: { received: day, deadline: tender.tenderDeadline } };
  }
  if (tender.publicationDate !== null && day < tender.publicationDate) {
    return {
      code: "bidReception.receivedBeforePublication",
      values: { received: day, publication: tender.publicationDate },
    };
  }
  return null;
}
