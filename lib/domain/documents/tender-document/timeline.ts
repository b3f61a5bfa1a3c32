import { TIMELINE_DATES } from "@/lib/domain/tender/tender-enums";
import type { Section } from "../sections";
import { note, textTable } from "../sections";
import { missingPart, missingValue } from "./missing";
import type { TenderContext } from "./tender-input";

/**
 * The dates set so far, in the order of the procedure. A template's document lists every step,
 * each with a placeholder for its date, so the drafter sees which dates the procedure needs.
 */
export function timelineSection(context: TenderContext): Section {
  const { tender, text, words } = context;
  const dates = TIMELINE_DATES.filter((field) => context.placeholders || tender[field] !== null);
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
