import { sameValue } from "@/lib/domain/tender/revisions/section-fields";
import type { TemplateContent } from "../template-content";
import { templateMainCpv, templateProcedureType } from "./prefill-tender";
import {
  TEMPLATE_SECTIONS,
  takenVersion,
  type TemplateSection,
  type TemplateSectionVersions,
} from "./template-sections";

/**
 * What a template version sets in one tender section, or null when it leaves the section to the
 * drafter (no contract nature, several procedure types, no full CPV code, no requirements…). A
 * section left open is never offered: taking it over would only erase the drafter's answer. The
 * clauses count with their status, so a clause becoming mandatory, or a new optional one, is a
 * change too.
 */
export function templateSectionValue(content: TemplateContent, section: TemplateSection): unknown {
  switch (section) {
    case "about":
      return content.intendedUse.contractNature;
    case "procedure":
      return templateProcedureType(content.intendedUse);
    case "scope":
      return templateMainCpv(content.intendedUse);
    case "criteria":
      return content.award;
    case "requirements":
      return content.requirements.length > 0 ? content.requirements : null;
    case "clauses":
      return content.clauses.length > 0 ? content.clauses : null;
    case "sovereignty":
      return content.sovereignty;
  }
}

export type TemplateSectionChange = { section: TemplateSection; fromVersion: number; toVersion: number };

/**
 * The sections a newer version changes, each against the version the section was last taken from
 * (Tender.templateSections, else the version the tender started from). `versions` holds the
 * content of those versions by number; a version it lacks counts as different, so the drafter is
 * offered the section rather than silently not.
 */
export function changedTemplateSections({
  startVersion,
  taken,
  versions,
  latest,
}: {
  startVersion: number;
  taken: TemplateSectionVersions;
  versions: ReadonlyMap<number, TemplateContent>;
  latest: { number: number; content: TemplateContent };
}): TemplateSectionChange[] {
  return TEMPLATE_SECTIONS.flatMap((section) => {
    const fromVersion = takenVersion(taken, section, startVersion);
    if (fromVersion >= latest.number) return [];
    const newer = templateSectionValue(latest.content, section);
    if (newer === null) return [];
    const base = versions.get(fromVersion);
    if (base && sameValue(templateSectionValue(base, section), newer)) return [];
    return [{ section, fromVersion, toVersion: latest.number }];
  });
}
