import { RESTRICTED_FAMILY_KEYS } from "./restricted-licences";
import { LICENCE_SYNTAX_ERROR_CODES } from "./syntax-error";

/**
 * Why an expression got its class: message codes (keys in lib/i18n/messages under `licences`),
 * their values, and the characters of the expression they concern. The UI and the command line
 * translate them; nothing here is user-visible text.
 */
export const LICENCE_REASON_CODES = [
  "licences.reasons.osiApproved",
  "licences.reasons.fsfLibre",
  "licences.reasons.publicDomain",
  "licences.reasons.fsfNonFree",
  "licences.reasons.notAssessed",
  "licences.reasons.noLicence",
  "licences.reasons.noAssertion",
  "licences.reasons.licenceRef",
  "licences.reasons.licenceRefLooksLike",
  "licences.reasons.unknownId",
  "licences.reasons.unknownIdWithSuggestion",
  "licences.reasons.notSpdxId",
  "licences.reasons.caseMismatch",
  "licences.reasons.deprecated",
  "licences.reasons.deprecatedNoReplacement",
  "licences.reasons.orLater",
  "licences.reasons.plusOnOnly",
  "licences.reasons.plusOnOrLater",
  "licences.reasons.exceptionListed",
  "licences.reasons.exceptionDeprecated",
  "licences.reasons.exceptionCase",
  "licences.reasons.exceptionUnknown",
  "licences.reasons.exceptionUnknownWithSuggestion",
  "licences.reasons.notSpdxException",
  "licences.reasons.additionRef",
  "licences.reasons.orChoice",
  "licences.reasons.orAllSame",
  "licences.reasons.andWeakest",
  "licences.reasons.andAllSame",
  ...RESTRICTED_FAMILY_KEYS.map((key) => `licences.restricted.${key}` as const),
  ...LICENCE_SYNTAX_ERROR_CODES,
] as const;
export type LicenceReasonCode = (typeof LICENCE_REASON_CODES)[number];

export type LicenceReason = {
  readonly code: LicenceReasonCode;
  readonly values: Readonly<Record<string, string | number>>;
  /** The characters concerned (UTF-16 offsets, end excluded); absent for the whole expression. */
  readonly start?: number;
  readonly end?: number;
};

export function reason(
  code: LicenceReasonCode,
  values: Record<string, string | number>,
  span?: { start: number; end: number },
): LicenceReason {
  return span ? { code, values, start: span.start, end: span.end } : { code, values };
}
