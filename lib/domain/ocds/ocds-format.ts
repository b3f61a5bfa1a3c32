import type { IsoDate } from "@/lib/domain/tender/calendar-date";

/**
 * An ocid prefix as the OCDS helpdesk assigns them: `ocds-` and six lower-case letters or digits.
 * The default is a placeholder that no publisher has: register your own before publishing.
 */
export const OCID_PREFIX_PATTERN = /^ocds-[a-z0-9]{6}$/;
export const PLACEHOLDER_OCID_PREFIX = "ocds-tc0000";

/**
 * The contracting process's identifier: the prefix and the tender's id. Not its reference, which
 * the drafter may edit and which is unique only within one organisation: an ocid never changes
 * and is unique on the whole instance.
 */
export function ocidOf(prefix: string, tenderId: string): string {
  return `${prefix}-${tenderId}`;
}

/**
 * The app keeps the tender's dates as calendar days in the authority's own time (a bid is on
 * time up to 23:59:59 of the deadline day, lib/domain/bids/received-at.ts), and no time zone.
 * OCDS wants date-times with an offset: a period starts at 00:00:00 of its first day and ends at
 * 23:59:59 of its last, written with Z as every stored wall-clock time is.
 */
export function startOfDay(date: IsoDate): string {
  return `${date}T00:00:00Z`;
}

export function endOfDay(date: IsoDate): string {
  return `${date}T23:59:59Z`;
}

/** An instant as OCDS writes it: ISO 8601 in UTC, whole seconds. */
export function instant(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Euro cents as an OCDS amount in units: 240000000 cents → 2400000, 12345 → 123.45. */
export function amountOf(cents: number): number {
  return cents / 100;
}

/** The entries whose value is not undefined: OCDS leaves out what is not known. */
export function defined<T extends Record<string, unknown>>(entries: T): Partial<T> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as Partial<T>;
}
