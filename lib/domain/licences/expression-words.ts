import type { AdditionNode, LicenceIdNode, LicenceRefNode, SpecialNode } from "./expression-ast";
import type { LicenceToken } from "./expression-tokens";
import { syntaxFailure } from "./syntax-error";

/**
 * Reads one word of an expression as what the grammar expects at that place: a licence (an id
 * with an optional `+`, a `LicenseRef-`, `NONE`, `NOASSERTION`) or, after `WITH`, an addition
 * (an exception id or an `AdditionRef-`). Throws the precise syntax error otherwise.
 */

const ID_STRING = /^[A-Za-z0-9.-]*[A-Za-z0-9][A-Za-z0-9.-]*$/;
const OPERATORS = new Set(["AND", "and", "OR", "or", "WITH", "with"]);

export function isOperatorWord(text: string): boolean {
  return OPERATORS.has(text);
}

/** "And", "oR": an operator in mixed case, which SPDX does not allow (all capitals or all small letters). */
export function isMixedCaseOperator(text: string): boolean {
  return !OPERATORS.has(text) && OPERATORS.has(text.toUpperCase());
}

function rejectStrayCharacters(token: LicenceToken, allowed: RegExp): void {
  const index = [...token.text].findIndex((character) => !allowed.test(character));
  if (index >= 0) {
    const offset = [...token.text].slice(0, index).join("").length;
    const character = [...token.text][index]!;
    throw syntaxFailure("licences.syntax.unexpectedCharacter", token.start + offset, token.start + offset + character.length, { character }); // prettier-ignore
  }
}

export function readLicenceWord(token: LicenceToken): LicenceIdNode | LicenceRefNode | SpecialNode {
  const { text, start, end } = token;
  if (isOperatorWord(text)) throw syntaxFailure("licences.syntax.expectedLicence", start, end, { found: text });
  rejectStrayCharacters(token, /[A-Za-z0-9.+:-]/);
  const upper = text.toUpperCase();
  if (upper === "NONE" || upper === "NOASSERTION") return { kind: "special", value: upper, start, end };
  if (/(?:^|:)(?:licenseref|documentref)-/i.test(text) || text.includes(":")) {
    const ref = readReference(token, "LicenseRef-");
    return { kind: "licenceRef", ...ref, start, end };
  }
  const plus = text.indexOf("+");
  if (plus >= 0 && plus !== text.length - 1) {
    throw syntaxFailure("licences.syntax.misplacedPlus", start + plus, start + plus + 1, { found: text });
  }
  const id = plus >= 0 ? text.slice(0, -1) : text;
  if (!ID_STRING.test(id)) throw syntaxFailure("licences.syntax.expectedLicence", start, end, { found: text });
  return { kind: "licence", id, orLater: plus >= 0, start, end };
}

export function readAdditionWord(token: LicenceToken): AdditionNode {
  const { text, start, end } = token;
  if (isOperatorWord(text)) throw syntaxFailure("licences.syntax.expectedException", start, end, { found: text });
  rejectStrayCharacters(token, /[A-Za-z0-9.+:-]/);
  if (/(?:^|:)licenseref-/i.test(text)) throw syntaxFailure("licences.syntax.licenceRefAfterWith", start, end, { found: text }); // prettier-ignore
  if (/(?:^|:)(?:additionref|documentref)-/i.test(text) || text.includes(":")) {
    return { kind: "additionRef", ...readReference(token, "AdditionRef-"), start, end };
  }
  const plus = text.indexOf("+");
  if (plus >= 0) throw syntaxFailure("licences.syntax.misplacedPlus", start + plus, start + plus + 1, { found: text });
  if (!ID_STRING.test(text)) throw syntaxFailure("licences.syntax.expectedException", start, end, { found: text });
  return { kind: "exception", id: text, start, end };
}

/**
 * `[DocumentRef-doc:]LicenseRef-name` (or `AdditionRef-`). SPDX matches these prefixes exactly
 * ("licenseref-x" is not valid), so a prefix in another case is an error that names the right
 * spelling rather than a silent fix.
 */
function readReference(
  token: LicenceToken,
  prefix: "LicenseRef-" | "AdditionRef-",
): { ref: string; name: string; documentRef: string | null } {
  const { text, start, end } = token;
  const plus = text.indexOf("+");
  if (plus >= 0) throw syntaxFailure("licences.syntax.misplacedPlus", start + plus, start + plus + 1, { found: text });
  const colon = text.indexOf(":");
  let documentRef: string | null = null;
  let local = text;
  let localStart = start;
  if (colon >= 0) {
    const documentPart = text.slice(0, colon);
    if (!documentPart.toLowerCase().startsWith("documentref-")) {
      throw syntaxFailure("licences.syntax.unexpectedCharacter", start + colon, start + colon + 1, { character: ":" });
    }
    checkPrefix(documentPart, "DocumentRef-", start);
    documentRef = documentPart.slice("DocumentRef-".length);
    if (!ID_STRING.test(documentRef)) throw syntaxFailure("licences.syntax.emptyRef", start, start + colon, { found: documentPart }); // prettier-ignore
    local = text.slice(colon + 1);
    localStart = start + colon + 1;
    if (local.includes(":")) {
      const second = localStart + local.indexOf(":");
      throw syntaxFailure("licences.syntax.unexpectedCharacter", second, second + 1, { character: ":" });
    }
  }
  checkPrefix(local, prefix, localStart);
  const name = local.slice(prefix.length);
  if (!ID_STRING.test(name)) throw syntaxFailure("licences.syntax.emptyRef", localStart, end, { found: local });
  return { ref: text, name, documentRef };
}

function checkPrefix(part: string, prefix: string, at: number): void {
  const written = part.slice(0, prefix.length);
  if (written === prefix) return;
  if (written.toLowerCase() === prefix.toLowerCase()) {
    throw syntaxFailure("licences.syntax.refPrefixCase", at, at + prefix.length, { found: written, prefix });
  }
  throw syntaxFailure("licences.syntax.expectedLicence", at, at + part.length, { found: part });
}
