import { addDays, isWeekend, nextWorkingDay, type IsoDate } from "../lib/domain/tender/calendar-date";
import type { DemoTimeline } from "./demo-tenders";

/**
 * The demo tenders' timetables, computed from the day the seed runs so that the demo always shows
 * a tender in review before its notice, one open for tenders and two whose deadline has passed.
 */

/**
 * A timetable for a competitive procedure with negotiation, on working days: the notice goes out
 * on the first Monday at least six weeks from `today` (time for the review and approval), requests
 * to participate are due 35 days later (30 is the minimum, Art. 29(1)), invitations follow two weeks
 * later, initial tenders are due five weeks after that (25 days is the minimum with electronic
 * submission), questions are answered until ten days before, and tenders are opened the next day.
 */
export function twoStageTimeline(today: IsoDate): DemoTimeline {
  let publicationDate = addDays(today, 42);
  while (!isMonday(publicationDate)) publicationDate = addDays(publicationDate, 1);
  const requestsDeadline = addDays(publicationDate, 35); // a Monday
  const invitationDate = addDays(requestsDeadline, 14); // a Monday
  const tenderDeadline = addDays(invitationDate, 35); // a Monday
  return {
    publicationDate,
    requestsDeadline,
    invitationDate,
    clarificationDeadline: addDays(tenderDeadline, -10), // a Friday
    tenderDeadline,
    openingDate: nextWorkingDay(addDays(tenderDeadline, 1)),
  };
}

/**
 * An open procedure's timetable as first published, on working days: the notice went out on the
 * last Monday at least two weeks before `today`, answers to questions until a Friday, tenders due
 * six weeks after the notice (30 days is the minimum with electronic submission, Art. 27), opened
 * the next day.
 */
export function publishedTimeline(today: IsoDate): DemoTimeline {
  let publicationDate = addDays(today, -14);
  while (!isMonday(publicationDate)) publicationDate = addDays(publicationDate, -1);
  const tenderDeadline = addDays(publicationDate, 42); // a Monday
  return {
    publicationDate,
    requestsDeadline: null,
    invitationDate: null,
    clarificationDeadline: addDays(tenderDeadline, -10), // a Friday
    tenderDeadline,
    openingDate: addDays(tenderDeadline, 1), // a Tuesday
  };
}

/**
 * A finished open procedure's timetable on working days: tenders were due on the last working day
 * at least `daysAgo` (two) days before `today` (so the bids can be opened today), the notice went
 * out six weeks before, questions were answered until ten days before the deadline, and the
 * opening was planned for the next working day.
 */
export function pastDeadlineTimeline(today: IsoDate, daysAgo = 2): DemoTimeline {
  const tenderDeadline = previousWorkingDay(addDays(today, -daysAgo));
  return {
    publicationDate: previousWorkingDay(addDays(tenderDeadline, -42)),
    requestsDeadline: null,
    invitationDate: null,
    clarificationDeadline: previousWorkingDay(addDays(tenderDeadline, -10)),
    tenderDeadline,
    openingDate: nextWorkingDay(addDays(tenderDeadline, 1)),
  };
}

function isMonday(date: IsoDate): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
}

function previousWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}
