/**
 * Calendar dates as ISO strings `YYYY-MM-DD`, with no time and no time zone: procurement time
 * limits are counted in calendar days (Regulation (EEC, Euratom) No 1182/71, which recital 106 of
 * Directive 2014/24/EU makes applicable), so a date is the unit, and a `Date` would drag a time
 * zone into a day count. Arithmetic goes through UTC midnight, where every day has 24 hours.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30 and 2026-2-3). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtcMs(date: IsoDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier). The day of `from` is not counted
 * and the day of `to` is (Reg. 1182/71 Art. 3(1)), so a notice sent on 1 March with tenders due on
 * 31 March gives 30 days. Both dates must be valid (`isIsoDate`).
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/**
 * The same day `months` later, or the month's last day when it has no such day (31 January + 1
 * month = 28 or 29 February), as periods in months end under Reg. 1182/71 Art. 3(2)(c).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * `date` itself when it is a working day, else the next working day: a period whose last day is
 * a Saturday, Sunday or public holiday ends with the following working day (Reg. 1182/71 Art. 3(4)).
 * Public holidays are national, so the caller supplies them.
 */
export function nextWorkingDay(date: IsoDate, publicHolidays: readonly IsoDate[] = []): IsoDate {
  let day = date;
  while (isWeekend(day) || publicHolidays.includes(day)) day = addDays(day, 1);
  return day;
}
