/**
 * Why a text is not a valid SPDX licence expression: a message code (`licences.syntax.*` in
 * lib/i18n/messages) with its values, and the characters concerned. `position` in the values is
 * the 1-based column of `start`, as a person counts characters.
 */
export const LICENCE_SYNTAX_ERROR_CODES = [
  "licences.syntax.empty",
  "licences.syntax.tooLong",
  "licences.syntax.tooDeep",
  "licences.syntax.lineBreak",
  "licences.syntax.unexpectedCharacter",
  "licences.syntax.expectedLicence",
  "licences.syntax.expectedLicenceAtEnd",
  "licences.syntax.expectedOperator",
  "licences.syntax.expectedException",
  "licences.syntax.expectedExceptionAtEnd",
  "licences.syntax.unclosedParenthesis",
  "licences.syntax.unmatchedParenthesis",
  "licences.syntax.operatorCase",
  "licences.syntax.spaceBeforePlus",
  "licences.syntax.misplacedPlus",
  "licences.syntax.refPrefixCase",
  "licences.syntax.emptyRef",
  "licences.syntax.licenceRefAfterWith",
  "licences.syntax.misplacedWith",
  "licences.syntax.specialInOr",
  "licences.syntax.specialWithException",
] as const;
export type LicenceSyntaxErrorCode = (typeof LICENCE_SYNTAX_ERROR_CODES)[number];

export type LicenceSyntaxError = {
  readonly code: LicenceSyntaxErrorCode;
  readonly start: number;
  readonly end: number;
  readonly values: Readonly<Record<string, string | number>>;
};

/** Longest expression read, in characters: real ones stay far below; beyond this it is not an expression. */
export const MAX_LICENCE_EXPRESSION_LENGTH = 4000;
/** Deepest nesting of parentheses: bounds the parser's recursion on hostile input. */
export const MAX_LICENCE_EXPRESSION_DEPTH = 32;

/** Thrown inside the parser to unwind at the first error; never escapes `parseLicenceExpression`. */
export class LicenceSyntaxFailure {
  constructor(readonly error: LicenceSyntaxError) {}
}

export function syntaxFailure(
  code: LicenceSyntaxErrorCode,
  start: number,
  end: number,
  values: Record<string, string | number> = {},
): LicenceSyntaxFailure {
  return new LicenceSyntaxFailure({ code, start, end, values: { position: start + 1, ...values } });
}
