import type { CompoundNode, LicenceExpressionNode, SpecialNode, WithNode } from "./expression-ast";
import { tokeniseLicenceExpression, type LicenceToken } from "./expression-tokens";
import { isMixedCaseOperator, readAdditionWord, readLicenceWord } from "./expression-words";
import {
  LicenceSyntaxFailure,
  MAX_LICENCE_EXPRESSION_DEPTH,
  MAX_LICENCE_EXPRESSION_LENGTH,
  syntaxFailure,
  type LicenceSyntaxError,
} from "./syntax-error";

/**
 * A hand-written recursive-descent parser for SPDX licence expressions (SPDX specification,
 * annex "SPDX License Expressions", the grammar of SPDX 3.0.1 and later):
 *
 *   expression = and-chain *( OR and-chain )         OR binds loosest
 *   and-chain  = term *( AND term )
 *   term       = "(" expression ")" / simple [ WITH addition ]
 *   simple     = licence-id ["+"] / [DocumentRef-x:]LicenseRef-y / NONE / NOASSERTION
 *   addition   = exception-id / [DocumentRef-x:]AdditionRef-y
 *
 * Choices where the specification leaves room, all documented in docs/licences.md:
 * - Operators are `AND`, `OR`, `WITH` or, as SPDX 3 allows, all in small letters (`and`, `or`,
 *   `with`); mixed case (`And`) is an error that names both accepted spellings.
 * - Ids are matched case-insensitively later, by the classification; the `LicenseRef-`,
 *   `AdditionRef-` and `DocumentRef-` prefixes are matched exactly, as SPDX requires.
 * - Whitespace other than line breaks separates words, and spaces next to parentheses are
 *   optional; a line break anywhere is an error (an expression is one line).
 * - `NONE` and `NOASSERTION` stand alone or with `AND`, never with `OR` or `WITH`, as SPDX says.
 * - `+` only directly after a licence id (`GPL-2.0+`), never after a reference.
 * The parser only checks the form: whether an id is on the SPDX License List is the
 * classification's business, so an unknown id gets its own message with a suggestion.
 */

export type ParsedLicenceExpression =
  | { readonly ok: true; readonly expression: LicenceExpressionNode }
  | { readonly ok: false; readonly error: LicenceSyntaxError };

export function parseLicenceExpression(text: string): ParsedLicenceExpression {
  try {
    return { ok: true, expression: parseOrThrow(text) };
  } catch (failure) {
    if (failure instanceof LicenceSyntaxFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}

function parseOrThrow(text: string): LicenceExpressionNode {
  if (text.length > MAX_LICENCE_EXPRESSION_LENGTH) {
    throw syntaxFailure("licences.syntax.tooLong", 0, text.length, {
      length: text.length,
      max: MAX_LICENCE_EXPRESSION_LENGTH,
    });
  }
  const lineBreak = text.search(/[\r\n\u2028\u2029]/);
  if (lineBreak >= 0) throw syntaxFailure("licences.syntax.lineBreak", lineBreak, lineBreak + 1);
  const tokens = tokeniseLicenceExpression(text);
  if (tokens.length === 0) throw syntaxFailure("licences.syntax.empty", 0, text.length);
  const parser = new Parser(tokens, text.length);
  const expression = parser.expression(0);
  parser.expectEnd();
  return expression;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: readonly LicenceToken[],
    private readonly textLength: number,
  ) {}

  expression(depth: number): LicenceExpressionNode {
    return this.chain("or", depth);
  }

  expectEnd(): void {
    const token = this.peek();
    if (!token) return;
    if (token.kind === "close") {
      throw syntaxFailure("licences.syntax.unmatchedParenthesis", token.start, token.end);
    }
    this.unexpectedAfterTerm(token);
  }

  private chain(kind: "and" | "or", depth: number): LicenceExpressionNode {
    const operands = [kind === "or" ? this.chain("and", depth) : this.term(depth)];
    for (let next = this.peek(); next && this.isOperator(next, kind); next = this.peek()) {
      this.index++;
      operands.push(kind === "or" ? this.chain("and", depth) : this.term(depth, next));
    }
    if (operands.length === 1) return operands[0]!;
    if (kind === "or") {
      const special = operands.find((operand): operand is SpecialNode => operand.kind === "special");
      if (special) {
        throw syntaxFailure("licences.syntax.specialInOr", special.start, special.end, { found: special.value });
      }
    }
    const node: CompoundNode = { kind, operands, start: operands[0]!.start, end: operands.at(-1)!.end };
    return node;
  }

  /** One term; `operator` is the token before it, named when the text ends too soon. */
  private term(depth: number, operator?: LicenceToken): LicenceExpressionNode {
    const token = this.next();
    if (!token) {
      const after = operator ?? this.tokens[this.index - 1];
      throw syntaxFailure("licences.syntax.expectedLicenceAtEnd", this.textLength, this.textLength, {
        after: after?.text ?? "",
      });
    }
    if (token.kind === "close") {
      throw syntaxFailure("licences.syntax.expectedLicence", token.start, token.end, { found: token.text });
    }
    if (token.kind === "open") return this.group(token, depth);
    const simple = readLicenceWord(token);
    const following = this.peek();
    if (!following || !this.isOperator(following, "with")) return simple;
    if (simple.kind === "special") {
      throw syntaxFailure("licences.syntax.specialWithException", following.start, following.end, {
        found: simple.value,
      });
    }
    this.index++;
    const additionToken = this.next();
    if (!additionToken) {
      throw syntaxFailure("licences.syntax.expectedExceptionAtEnd", this.textLength, this.textLength);
    }
    if (additionToken.kind !== "word") {
      throw syntaxFailure("licences.syntax.expectedException", additionToken.start, additionToken.end, {
        found: additionToken.text,
      });
    }
    const addition = readAdditionWord(additionToken);
    const node: WithNode = { kind: "with", licence: simple, addition, start: simple.start, end: addition.end };
    const after = this.peek();
    if (after && this.isOperator(after, "with")) throw syntaxFailure("licences.syntax.misplacedWith", after.start, after.end); // prettier-ignore
    return node;
  }

  private group(open: LicenceToken, depth: number): LicenceExpressionNode {
    if (depth >= MAX_LICENCE_EXPRESSION_DEPTH) {
      throw syntaxFailure("licences.syntax.tooDeep", open.start, open.end, { max: MAX_LICENCE_EXPRESSION_DEPTH });
    }
    const inner = this.expression(depth + 1);
    const close = this.next();
    if (!close) throw syntaxFailure("licences.syntax.unclosedParenthesis", open.start, open.end);
    if (close.kind !== "close") this.unexpectedAfterTerm(close);
    const after = this.peek();
    if (after && this.isOperator(after, "with")) throw syntaxFailure("licences.syntax.misplacedWith", after.start, after.end); // prettier-ignore
    return { ...inner, start: open.start, end: close.end } as LicenceExpressionNode;
  }

  /** What stands where an operator, a closing parenthesis or the end was expected. */
  private unexpectedAfterTerm(token: LicenceToken): never {
    if (token.kind === "word" && token.text.startsWith("+")) {
      throw syntaxFailure("licences.syntax.spaceBeforePlus", token.start, token.start + 1);
    }
    if (token.kind === "word" && isMixedCaseOperator(token.text)) {
      const upper = token.text.toUpperCase();
      throw syntaxFailure("licences.syntax.operatorCase", token.start, token.end, {
        found: token.text,
        upper,
        lower: upper.toLowerCase(),
      });
    }
    const before = this.tokens[this.tokens.indexOf(token) - 1];
    throw syntaxFailure("licences.syntax.expectedOperator", token.start, token.end, {
      found: token.text,
      after: before?.text ?? "",
    });
  }

  private isOperator(token: LicenceToken, kind: "and" | "or" | "with"): boolean {
    return token.kind === "word" && (token.text === kind || token.text === kind.toUpperCase());
  }

  private peek(): LicenceToken | undefined {
    return this.tokens[this.index];
  }

  private next(): LicenceToken | undefined {
    return this.tokens[this.index++];
  }
}
