import type { ClauseParameterValue, ClauseStatus } from "@/lib/domain/clauses/clause-model";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { RequirementLevel } from "@/lib/domain/tender/requirements";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import type { ContractNature, ProcedureType } from "@/lib/domain/tender/tender-enums";

/**
 * The content of one template version (issue 7): what a tender started from it is prefilled with,
 * plus what only a template has (intended use, the status of each clause, guidance for drafters,
 * the template's own licence). Section shapes are the tender's own (lib/domain/tender), so a
 * tender is prefilled by copying, and the tender linter and checks run on templates unchanged.
 * A template is written in one language (TenderTemplate.language); translations are templates
 * of their own. Stored as TemplateVersion.content; validated by lib/schemas/template-content.ts.
 */

/** Shelves of the catalogue, as translation codes. */
export const TEMPLATE_CATEGORIES = [
  "COLLABORATION",
  "CUSTOM_DEVELOPMENT",
  "BUSINESS_APPLICATION",
  "HOSTING_AND_CLOUD",
  "INFRASTRUCTURE",
  "SUPPORT_AND_MAINTENANCE",
  "DATA_AND_AI",
  "INNOVATION",
  "OTHER",
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/** The template's own licence: CC-BY-4.0 unless the publisher chooses otherwise. */
export const TEMPLATE_LICENCES = ["CC-BY-4.0", "CC0-1.0", "EUPL-1.2"] as const;
export type TemplateLicence = (typeof TEMPLATE_LICENCES)[number];
export const DEFAULT_TEMPLATE_LICENCE: TemplateLicence = "CC-BY-4.0";

/** What the template is meant for; the catalogue filters on it. */
export type TemplateIntendedUse = {
  category: TemplateCategory;
  contractNature: ContractNature | null;
  /** CPV code prefixes (2–8 digits, no check digit), e.g. "48" or "722". */
  cpvPrefixes: string[];
  procedureTypes: ProcedureType[];
  /** Typical estimated value, excluding VAT, in euro cents; either bound may be open. */
  valueRange: { minCents: number | null; maxCents: number | null };
};

/** A clause of the library as the template sets it: the version, its status here, defaults. */
export type TemplateClause = {
  key: string;
  version: number;
  /**
   * MANDATORY: a tender started from the template may remove it only with a recorded
   * justification; RECOMMENDED: included, removable; OPTIONAL: offered, not included.
   */
  status: ClauseStatus;
  values: Record<string, ClauseParameterValue>;
};

/** A default requirement block, in the tender's requirement shape. */
export type TemplateRequirement = {
  key: string;
  text: string;
  level: RequirementLevel;
  criterionKey: string | null;
};

/** Sections of the tender a guidance note can be attached to. */
export const GUIDANCE_SECTIONS = [
  "general",
  "about",
  "procedure",
  "scope",
  "lots",
  "criteria",
  "requirements",
  "clauses",
  "sovereignty",
  "timeline",
] as const;
export type GuidanceSection = (typeof GUIDANCE_SECTIONS)[number];

/** Advice to the drafter (Markdown), shown beside the section in tenders started from the template. */
export type GuidanceNote = { section: GuidanceSection; text: string };

export type TemplateContent = {
  /** Shown in the catalogue list and on the template's page (plain text, one paragraph). */
  summary: string;
  intendedUse: TemplateIntendedUse;
  clauses: TemplateClause[];
  requirements: TemplateRequirement[];
  sovereignty: SovereigntyProfile | null;
  award: AwardCriteria | null;
  guidance: GuidanceNote[];
  licence: TemplateLicence;
};

/** Where an imported template came from, and whom its licence asks to credit. */
export type TemplateOrigin = {
  publisher: string;
  /** The address of the template on the instance it came from, if given. */
  sourceUrl: string | null;
  templateId: string;
  version: number;
  licence: TemplateLicence;
  importedAt: string;
};
