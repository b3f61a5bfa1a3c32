/**
 * The builder's sections, in the order the OSPO fills them in. Each has its own page under
 * /templates/<id>/<section> and its own save; publish checks report their findings by section.
 */
export const TEMPLATE_SECTIONS = [
  "details",
  "intendedUse",
  "clauses",
  "requirements",
  "sovereignty",
  "criteria",
  "guidance",
] as const;
export type TemplateSection = (typeof TEMPLATE_SECTIONS)[number];

/** The address of each section's page (kebab-case, as the rest of the app's URLs). */
export const TEMPLATE_SECTION_PATHS: Record<TemplateSection, string> = {
  details: "details",
  intendedUse: "intended-use",
  clauses: "clauses",
  requirements: "requirements",
  sovereignty: "sovereignty",
  criteria: "criteria",
  guidance: "guidance",
};
