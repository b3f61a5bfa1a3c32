import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import type { SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import type { LintableTemplate } from "./lint-template";

/**
 * The text of a template field by the path the linter gives it (lint-template.ts), to show the
 * words a finding is about; undefined for a path that names no text.
 */
export function readTemplateField(template: LintableTemplate, field: string): string | undefined {
  const { content } = template;
  if (field === "title") return template.name;
  if (field === "summary") return content.summary;
  let match: RegExpExecArray | null;
  if ((match = /^requirements\.(\d+)\.text$/.exec(field))) return content.requirements[Number(match[1])]?.text;
  if ((match = /^guidance\.(\d+)\.text$/.exec(field))) return content.guidance[Number(match[1])]?.text;
  if ((match = /^(criteria\.\d+(?:\.children\.\d+)*)\.(name|description)$/.exec(field))) {
    const entry = flattenCriteria(content.award?.criteria ?? []).find(({ path }) => path === match![1]);
    return entry ? (match[2] === "name" ? entry.criterion.name : entry.criterion.description) : undefined;
  }
  if ((match = /^minimumSeal\.([^.]+)\.justification$/.exec(field))) {
    return content.sovereignty?.minimumSeal[match[1] as SovereigntyObjective]?.justification ?? undefined;
  }
  if ((match = /^clauses\.(\d+)\.parameters\.([^.]+)(?:\.(\d+))?$/.exec(field))) {
    const value = content.clauses[Number(match[1])]?.values[match[2]!];
    if (match[3] !== undefined) return Array.isArray(value) ? value[Number(match[3])] : undefined;
    return typeof value === "string" ? value : undefined;
  }
  return undefined;
}
