import type { TenderSection } from "@/lib/domain/tender/tender-tasks";
import type { GuidanceNote, TemplateContent } from "../template-content";
import { isTemplateSection, takenVersion, type TemplateSectionVersions } from "./template-sections";

/** Where a guidance note shows: "general" on the tender's task list, the others beside their section. */
export type GuidancePlace = TenderSection | "general";

/**
 * The notes to show beside one place of a tender, from the template version its content came
 * from: the version a template section was last taken from, the version the tender started from
 * for everything else (the task list, lots, timeline), so the advice matches the text it is about.
 */
export function guidanceFor(
  place: GuidancePlace,
  context: {
    startVersion: number;
    taken: TemplateSectionVersions;
    versions: ReadonlyMap<number, TemplateContent>;
  },
): GuidanceNote[] {
  const version = isTemplateSection(place)
    ? takenVersion(context.taken, place, context.startVersion)
    : context.startVersion;
  return (context.versions.get(version)?.guidance ?? []).filter((note) => note.section === place);
}
