import { TIMELINE_DATES, type ProcedureType, type TimelineDate } from "@/lib/domain/tender/tender-enums";
import { timelineFieldsOf } from "@/lib/domain/tender/time-limits";
import type { Section } from "../sections";
import { note, textTable } from "../sections";
import { missingPart, missingValue } from "./missing";
import type { TenderContext } from "./tender-input";

/**
 * The dates set so far, in the order of the procedure. A template's document lists the steps of
 * its procedure (every step when it names none), each with a placeholder for its date, so the
 * drafter sees which dates the procedure needs.
 */
export function timelineSection(context: TenderContext): Section {
  const { tender, text, words } = context;
  const dates = context.placeholders ? placeholderDates(tender.procedureType) : TIMELINE_DATES.filter((field) => tender[field] !== null); // prettier-ignore
  return {
    title: words("timeline.heading"),
    anchor: "timeline",
    blocks:
      dates.length === 0
        ? [missingPart(context, "timeline")]
        : [
            textTable(
              words("timeline.caption"),
              [words("timeline.step"), words("timeline.date")],
              dates.map((field) => {
                const day = tender[field];
                return [text.t(`tenders.timeline.${field}.label`), day ? text.day(day) : missingValue(context, words("timeline.date"))]; // prettier-ignore
              }),
            ),
            note(words("timeline.days")),
          ],
  };
}

function placeholderDates(procedure: ProcedureType | null): readonly TimelineDate[] {
  if (!procedure) return TIMELINE_DATES;
  const fields = new Set<string>(timelineFieldsOf(procedure).map(({ field }) => field));
  return TIMELINE_DATES.filter((field) => fields.has(field));
}
