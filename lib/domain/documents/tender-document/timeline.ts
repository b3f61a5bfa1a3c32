import { TIMELINE_DATES } from "@/lib/domain/tender/tender-enums";
import type { Section } from "../sections";
import { note, paragraph, textTable } from "../sections";
import type { TenderContext } from "./tender-input";

/** The dates set so far, in the order of the procedure. */
export function timelineSection(context: TenderContext): Section {
  const { tender, text, words } = context;
  const dates = TIMELINE_DATES.filter((field) => tender[field] !== null);
  return {
    title: words("timeline.heading"),
    anchor: "timeline",
    blocks:
      dates.length === 0
        ? [paragraph(words("timeline.none"))]
        : [
            textTable(
              words("timeline.caption"),
              [words("timeline.step"), words("timeline.date")],
              dates.map((field) => [text.t(`tenders.timeline.${field}.label`), text.day(tender[field]!)]),
            ),
            note(words("timeline.days")),
          ],
  };
}
