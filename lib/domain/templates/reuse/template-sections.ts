import type { TenderSection } from "@/lib/domain/tender/tender-tasks";

/**
 * The tender sections a template fills, in the task list's order. A newer template version is
 * offered section by section over these; the others (lots, phases, timeline) are the drafter's
 * alone. "About", "procedure" and "scope" take only what the template's intended use names (the
 * contract nature, the one procedure type, the full main CPV code), never the title or value.
 */
export const TEMPLATE_SECTIONS = [
  "about",
  "procedure",
  "scope",
  "criteria",
  "requirements",
  "clauses",
  "sovereignty",
] as const satisfies readonly TenderSection[];
export type TemplateSection = (typeof TEMPLATE_SECTIONS)[number];

/** Tender.templateSections: per section, the template version number last taken over. */
export type TemplateSectionVersions = Partial<Record<TemplateSection, number>>;

export function isTemplateSection(value: unknown): value is TemplateSection {
  return typeof value === "string" && (TEMPLATE_SECTIONS as readonly string[]).includes(value);
}

/** The stored JSON, keeping only known sections with whole positive version numbers. */
export function readTemplateSections(stored: unknown): TemplateSectionVersions {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  const sections: TemplateSectionVersions = {};
  for (const [section, version] of Object.entries(stored as Record<string, unknown>)) {
    if (isTemplateSection(section) && Number.isInteger(version) && (version as number) > 0) {
      sections[section] = version as number;
    }
  }
  return sections;
}

/** The version a section's content last came from: the one taken over, else the one started from. */
export function takenVersion(taken: TemplateSectionVersions, section: TemplateSection, startVersion: number): number {
  return taken[section] ?? startVersion;
}
