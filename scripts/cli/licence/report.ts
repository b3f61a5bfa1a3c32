import { createTranslator } from "use-intl/core";
import en from "../../../lib/i18n/messages/en.json";
import type { LicenceClassification, LicenceReason } from "../../../lib/domain/licences";

/** The CLI speaks English, with the app's own message texts (lib/i18n/messages/en.json). */
const t = createTranslator({ locale: "en", messages: en });

export function reasonMessage(reason: Pick<LicenceReason, "code" | "values">): string {
  return t(reason.code as Parameters<typeof t>[0], reason.values as Record<string, string | number>);
}

function classLabel(licenceClass: LicenceClassification["licenceClass"]): string {
  return t(`licences.class.${licenceClass}`);
}

/**
 * For a person: the expression (with a caret under the error, if any), the class and what it
 * means, the reasons one per line, and the suggested correction, marked as not applied.
 */
export function humanReport(result: LicenceClassification): string {
  const expressionLabel = `${t("licences.display.expression")}: `;
  const lines = [`${expressionLabel}${result.expression}`];
  if (result.syntaxError) {
    const { start, end } = result.syntaxError;
    lines.push(`${" ".repeat(expressionLabel.length + start)}${"^".repeat(Math.max(1, end - start))}`);
  } else if (result.normalised !== null && result.normalised !== result.expression.trim()) {
    lines.push(`${t("licences.display.readAs")}: ${result.normalised}`);
  }
  lines.push(
    `${t("licences.display.classLabel")}: ${classLabel(result.licenceClass)}. ${t(`licences.classHint.${result.licenceClass}`)}`,
    `${t("licences.display.why")}:`,
    ...result.reasons.map((reason) => `  - ${reasonMessage(reason)}`),
  );
  if (result.suggestion) {
    lines.push(
      `${t("licences.display.suggestion")}: ${result.suggestion.expression}`,
      `  ${t("licences.display.suggestionClass", { class: classLabel(result.suggestion.licenceClass) })}`,
    );
  }
  lines.push(`(SPDX License List ${result.spdxLicenseListVersion})`);
  return lines.join("\n") + "\n";
}

/** The documented JSON shape (docs/licences.md, "Command line"). */
export function jsonReport(result: LicenceClassification): string {
  const error = result.syntaxError;
  const report = {
    expression: result.expression,
    class: result.licenceClass,
    classLabel: classLabel(result.licenceClass),
    valid: result.valid,
    normalised: result.normalised,
    syntaxError: error
      ? { code: error.code, message: reasonMessage(error), position: error.start + 1, start: error.start, end: error.end } // prettier-ignore
      : null,
    reasons: result.reasons.map((reason) => ({
      code: reason.code,
      message: reasonMessage(reason),
      values: reason.values,
      ...(reason.start !== undefined ? { start: reason.start, end: reason.end } : {}),
    })),
    suggestion: result.suggestion
      ? { expression: result.suggestion.expression, class: result.suggestion.licenceClass }
      : null,
    restrictedFamilies: result.restrictedFamilies,
    useRestriction: result.useRestriction,
    licences: result.licenceIds,
    spdxLicenseListVersion: result.spdxLicenseListVersion,
  };
  return JSON.stringify(report, null, 2) + "\n";
}
