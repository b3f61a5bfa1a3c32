import { createTranslator } from "use-intl/core";
import en from "../../../lib/i18n/messages/en.json";
import type { LintFinding, OpennessReadiness } from "../../../lib/domain/lint";

/** The CLI speaks English, with the app's own message texts (lib/i18n/messages/en.json). */
const t = createTranslator({ locale: "en", messages: en });

export function findingMessage(finding: Pick<LintFinding, "code" | "values">): string {
  return t(finding.code as Parameters<typeof t>[0], finding.values);
}

export function fixLabel(replacement: string): string {
  return t("lint.fix.insert", { text: replacement.trim() });
}

export function readinessLine(readiness: OpennessReadiness): string {
  const counts = t("lint.readiness.summary", { errors: readiness.errors, warnings: readiness.warnings });
  return `${t("lint.readiness.title")}: ${t(`lint.readiness.${readiness.level}`)} (${counts}).`;
}
