import type { LintFinding } from "./finding";

/**
 * The task list's "openness readiness" line: blocked while an error remains (the workspace does
 * not let such a draft go to review), needs work while a warning is neither fixed nor dismissed
 * with a justification, ready otherwise. Errors cannot be dismissed.
 */
export const READINESS_LEVELS = ["ready", "needsWork", "blocked"] as const;
export type ReadinessLevel = (typeof READINESS_LEVELS)[number];

export type OpennessReadiness = {
  level: ReadinessLevel;
  errors: number;
  warnings: number;
  infos: number;
  /** Warnings and infos dismissed with a justification, not counted above. */
  dismissed: number;
};

export function opennessReadiness(
  findings: readonly LintFinding[],
  dismissedKeys: ReadonlySet<string> = new Set(),
): OpennessReadiness {
  const counts = { errors: 0, warnings: 0, infos: 0, dismissed: 0 };
  for (const finding of findings) {
    if (finding.severity !== "error" && dismissedKeys.has(finding.key)) counts.dismissed++;
    else if (finding.severity === "error") counts.errors++;
    else if (finding.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  const level: ReadinessLevel = counts.errors > 0 ? "blocked" : counts.warnings > 0 ? "needsWork" : "ready";
  return { level, ...counts };
}
