import { sectionFieldsDiffer, type ContentField } from "@/lib/domain/tender/revisions/section-fields";
import { TEMPLATE_SECTIONS, type TemplateSectionVersions } from "./template-sections";

type SectionContent = Partial<Record<ContentField, unknown>>;

/**
 * Tender.templateSections after restoring an older revision. The record says which template
 * version each section's template part came from, so it belongs to the content: a restore brings
 * back the record the revision was stored with (`recorded`), and the sections then hold exactly
 * what they held at that revision, template link included.
 *
 * Revisions stored before the record was kept with them (`recorded` null) are read section by
 * section: a section the restore leaves as it is keeps its current entry; a section it changes
 * falls back to the version the tender was started from. Guessing a later version there could
 * hide a newer template's changes from the drafter; falling back at worst offers a section that
 * needs nothing, which is the safe side (changedTemplateSections makes the same choice).
 */
export function templateSectionsAfterRestore({
  current,
  recorded,
  before,
  restored,
}: {
  current: TemplateSectionVersions;
  recorded: TemplateSectionVersions | null;
  before: SectionContent;
  restored: SectionContent;
}): TemplateSectionVersions {
  if (recorded) return { ...recorded };
  const kept: TemplateSectionVersions = {};
  for (const section of TEMPLATE_SECTIONS) {
    const version = current[section];
    if (version !== undefined && !sectionFieldsDiffer(section, before, restored)) kept[section] = version;
  }
  return kept;
}
