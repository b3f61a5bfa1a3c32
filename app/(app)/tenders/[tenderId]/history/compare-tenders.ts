import { checkTender } from "@/lib/domain/tender/check-tender";
import { compareSection, hasChanges, type SectionComparison } from "@/lib/domain/tender/revisions/compare-answers";
import { sectionFieldsDiffer } from "@/lib/domain/tender/revisions/section-fields";
import { TENDER_SECTIONS, type TenderSection } from "@/lib/domain/tender/tender-tasks";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { sectionRows } from "../section-summary";
import type { Formatters } from "../summary-row";

export type TenderComparison = {
  /** The sections with something different, in the task list's order. */
  changed: SectionComparison<TenderSection>[];
  /** The sections that apply to either version and did not change. */
  unchanged: SectionComparison<TenderSection>[];
};

/**
 * Two versions of a tender compared section by section, through the rows the "check your answers"
 * page prints, so the values read the same as there. `applies` names the sections that apply to
 * either version (the phases only to an innovation partnership): a section outside it is listed
 * only if something in it changed.
 */
export function compareTenders(
  before: TenderDto,
  after: TenderDto,
  applies: ReadonlySet<TenderSection>,
  f: Formatters,
): TenderComparison {
  const comparisons = TENDER_SECTIONS.map((section) =>
    compareSection(
      section,
      sectionRows(before, section, f),
      sectionRows(after, section, f),
      sectionFieldsDiffer(section, before, after),
    ),
  );
  return {
    changed: comparisons.filter(hasChanges),
    unchanged: comparisons.filter((comparison) => !hasChanges(comparison) && applies.has(comparison.section)),
  };
}

/** The sections of the task list that apply to any of the versions. */
export function sectionsApplying(
  versions: readonly TenderDto[],
  authorityType: Viewer["organisation"]["authorityType"],
): Set<TenderSection> {
  return new Set(versions.flatMap((tender) => checkTender(tender, authorityType).tasks.map((task) => task.section)));
}
