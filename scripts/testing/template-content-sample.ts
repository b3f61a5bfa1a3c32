import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { CASE_MANAGEMENT_SECTIONS } from "../../prisma/demo-tender-sections";

/**
 * A template's content for tests: custom software under EUPL-1.2, built from the demo
 * case-management tender's sections. Its clauses are library clauses as the demo seed ships them
 * (version 1): two mandatory in the library, one mandatory only by the template (escrow is
 * optional in the library), one recommended, one optional.
 */
export function sampleTemplateContent(): TemplateContent {
  const sections = structuredClone(CASE_MANAGEMENT_SECTIONS);
  return {
    summary: "Design, development and maintenance of custom software released under EUPL-1.2.",
    intendedUse: {
      category: "CUSTOM_DEVELOPMENT",
      contractNature: "SERVICES",
      cpvPrefixes: ["72", "72230000"],
      procedureTypes: ["OPEN"],
      valueRange: { minCents: 50_000_000, maxCents: 500_000_000 },
    },
    clauses: [
      { key: "deliverables-licence", version: 1, status: "MANDATORY", values: {} },
      { key: "exit-plan-and-data-portability", version: 1, status: "MANDATORY", values: { exitPlanMonths: 6 } },
      { key: "escrow", version: 1, status: "MANDATORY", values: { depositMonths: 6 } },
      { key: "documented-apis", version: 1, status: "RECOMMENDED", values: {} },
      { key: "switching-charges", version: 1, status: "OPTIONAL", values: {} },
    ],
    requirements: sections.requirements.slice(0, 3),
    sovereignty: sections.sovereignty,
    award: sections.award,
    guidance: [
      { section: "general", text: "Start with the **requirements**: the criteria follow from them." },
      { section: "requirements", text: "Write each requirement so that a bid can be checked against it." },
    ],
    licence: "CC-BY-4.0",
  };
}

/**
 * The next version of sampleTemplateContent: the requirements (REQ-02 reworded, REQ-07 added) and
 * the clauses (an exit plan within 3 months instead of 6) change; the rest stays as it was.
 */
export function revisedTemplateContent(previous: TemplateContent = sampleTemplateContent()): TemplateContent {
  const content = structuredClone(previous);
  content.requirements = content.requirements.map((requirement) =>
    requirement.key === "REQ-02"
      ? { ...requirement, text: "Case workers open, assign, follow and close cases, with a complete audit trail." }
      : requirement,
  );
  content.requirements.push({
    key: "REQ-07",
    text: "The software runs on a supported PostgreSQL version.",
    level: "MUST",
    criterionKey: null,
  });
  content.clauses = content.clauses.map((clause) =>
    clause.key === "exit-plan-and-data-portability" ? { ...clause, values: { exitPlanMonths: 3 } } : clause,
  );
  return content;
}

/**
 * The least a publishable template needs, for the catalogue's tests: one library clause, one
 * requirement, no sovereignty profile and no award criteria; `changes` replace whole fields.
 */
export function minimalTemplateContent(changes: Partial<TemplateContent> = {}): TemplateContent {
  return {
    summary: "A sample template.",
    intendedUse: {
      category: "OTHER",
      contractNature: "SERVICES",
      cpvPrefixes: ["72"],
      procedureTypes: ["OPEN"],
      valueRange: { minCents: null, maxCents: null },
    },
    clauses: [{ key: "exit-plan-and-data-portability", version: 1, status: "MANDATORY", values: {} }],
    requirements: [{ key: "REQ-01", text: "Data is exported in open formats.", level: "MUST", criterionKey: null }],
    sovereignty: null,
    award: null,
    guidance: [],
    licence: "CC-BY-4.0",
    ...changes,
  };
}
