import type { LintFinding } from "@/lib/domain/lint";
import type { TaskStatus } from "@/lib/domain/tender/tender-tasks";
import type { PublicationCheck } from "./publish-checks";
import type { TemplateContent } from "./template-content";
import { TEMPLATE_SECTIONS, type TemplateSection } from "./template-sections";

/** Whether the OSPO has put anything in a section yet. */
export function sectionFilled(section: TemplateSection, content: TemplateContent): boolean {
  const use = content.intendedUse;
  switch (section) {
    case "details":
      return content.summary.trim() !== "";
    case "intendedUse":
      return (
        use.contractNature !== null ||
        use.cpvPrefixes.length > 0 ||
        use.procedureTypes.length > 0 ||
        use.valueRange.minCents !== null ||
        use.valueRange.maxCents !== null
      );
    case "clauses":
      return content.clauses.length > 0;
    case "requirements":
      return content.requirements.length > 0;
    case "sovereignty":
      return content.sovereignty !== null;
    case "criteria":
      return (content.award?.criteria.length ?? 0) > 0;
    case "guidance":
      return content.guidance.length > 0;
  }
}

/** The builder section a lock-in finding belongs to, from where the linter placed it. */
export function sectionOfLintFinding(finding: LintFinding): TemplateSection {
  const { section, field } = finding.location;
  if (field.startsWith("guidance.")) return "guidance";
  if (section === "requirements" || section === "clauses" || section === "sovereignty" || section === "criteria") {
    return section;
  }
  return "details";
}

export type SectionState = { section: TemplateSection; status: TaskStatus; problemCount: number };

/**
 * The builder's task list: a section with blocking problems (its own errors and lock-in errors
 * placed in it) has problems; otherwise it is completed once filled in, not started before.
 * Every section is optional on its own; "not empty" is a check of the whole template.
 */
export function sectionStates(content: TemplateContent, check: PublicationCheck): SectionState[] {
  return TEMPLATE_SECTIONS.map((section) => {
    const problemCount =
      check.findings.filter((finding) => finding.section === section && finding.severity === "error").length +
      check.lint.filter((finding) => finding.severity === "error" && sectionOfLintFinding(finding) === section).length;
    const status: TaskStatus =
      problemCount > 0 ? "HAS_PROBLEMS" : sectionFilled(section, content) ? "COMPLETED" : "NOT_STARTED";
    return { section, status, problemCount };
  });
}
