import { describe, expect, it } from "vitest";
import { formatLicenceExpression } from "./expression-ast";
import { parseLicenceExpression } from "./parse-expression";

function parsed(text: string) {
  const result = parseLicenceExpression(text);
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.error)}`);
  return result.expression;
}

function error(text: string) {
  const result = parseLicenceExpression(text);
  if (result.ok) throw new Error(`parsed: ${text}`);
  return result.error;
}

describe("parseLicenceExpression: the SPDX grammar", () => {
  it("reads a single id with its position", () => {
    expect(parsed("MIT")).toEqual({ kind: "licence", id: "MIT", orLater: false, start: 0, end: 3 });
  });

  it("binds AND tighter than OR (the example of the SPDX annex)", () => {
    // "LGPL-2.1-only" is 13 characters (0–13), " OR " 13–17, "BSD-3-Clause" 17–29, " AND " 29–34, "MIT" 34–37.
    expect(parsed("LGPL-2.1-only OR BSD-3-Clause AND MIT")).toEqual({
      kind: "or",
      start: 0,
      end: 37,
      operands: [
        { kind: "licence", id: "LGPL-2.1-only", orLater: false, start: 0, end: 13 },
        {
          kind: "and",
          start: 17,
          end: 37,
          operands: [
            { kind: "licence", id: "BSD-3-Clause", orLater: false, start: 17, end: 29 },
            { kind: "licence", id: "MIT", orLater: false, start: 34, end: 37 },
          ],
        },
      ],
    });
  });

  it("lets parentheses change the order; a group spans its parentheses", () => {
    // "(" 0, "LGPL-2.1-or-later" 1–18, " OR " 18–22, "BSD-3-Clause" 22–34, ")" 34–35, " AND " 35–40, "MIT" 40–43.
    const expression = parsed("(LGPL-2.1-or-later OR BSD-3-Clause) AND MIT");
    expect(expression).toMatchObject({ kind: "and", start: 0, end: 43 });
    expect(expression.kind === "and" && expression.operands[0]).toMatchObject({ kind: "or", start: 0, end: 35 });
  });

  it("binds WITH tighter than AND", () => {
    // "GPL-2.0-only" 8–20, " WITH " 20–26, "Classpath-exception-2.0" (23 characters) 26–49.
    expect(parsed("MIT AND GPL-2.0-only WITH Classpath-exception-2.0")).toEqual({
      kind: "and",
      start: 0,
      end: 49,
      operands: [
        { kind: "licence", id: "MIT", orLater: false, start: 0, end: 3 },
        {
          kind: "with",
          start: 8,
          end: 49,
          licence: { kind: "licence", id: "GPL-2.0-only", orLater: false, start: 8, end: 20 },
          addition: { kind: "exception", id: "Classpath-exception-2.0", start: 26, end: 49 },
        },
      ],
    });
  });

  it("accepts operators all in small letters, as SPDX 3 does", () => {
    expect(formatLicenceExpression(parsed("mit and apache-2.0 or bsd-3-clause"))).toBe(
      "(mit AND apache-2.0) OR bsd-3-clause",
    );
  });

  it("keeps chains of one operator as one node and nested groups as groups", () => {
    const expression = parsed("((MIT OR (Apache-2.0)) AND (BSD-2-Clause AND ISC AND Zlib))");
    expect(formatLicenceExpression(expression)).toBe("(MIT OR Apache-2.0) AND (BSD-2-Clause AND ISC AND Zlib)");
  });

  it("reads '+' as 'or any later version' of the id before it", () => {
    expect(parsed("Apache-1.1+")).toEqual({ kind: "licence", id: "Apache-1.1", orLater: true, start: 0, end: 11 });
  });

  it("reads licence and addition references, with the document they come from", () => {
    expect(parsed("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2")).toMatchObject({
      kind: "licenceRef",
      documentRef: "spdx-tool-1.2",
      name: "MIT-Style-2",
    });
    expect(parsed("MIT WITH AdditionRef-Extra-permission")).toMatchObject({
      kind: "with",
      addition: { kind: "additionRef", name: "Extra-permission", documentRef: null },
    });
  });

  it("reads NONE and NOASSERTION in any case, alone or with AND", () => {
    expect(parsed("noassertion")).toEqual({ kind: "special", value: "NOASSERTION", start: 0, end: 11 });
    expect(parsed("MIT AND NONE")).toMatchObject({ kind: "and", operands: [{ kind: "licence" }, { kind: "special", value: "NONE" }] }); // prettier-ignore
  });

  it("accepts tabs and spaces next to parentheses, and trims the ends", () => {
    expect(formatLicenceExpression(parsed("  ( MIT\tOR Apache-2.0 )AND ISC "))).toBe("(MIT OR Apache-2.0) AND ISC");
  });
});

describe("parseLicenceExpression: precise errors (position = 1-based column)", () => {
  it.each([
    // text, code, values (hand-counted)
    ["", "licences.syntax.empty", { position: 1 }],
    ["   ", "licences.syntax.empty", { position: 1 }],
    ["MIT AND", "licences.syntax.expectedLicenceAtEnd", { position: 8, after: "AND" }],
    ["MIT AND OR Apache-2.0", "licences.syntax.expectedLicence", { position: 9, found: "OR" }],
    ["Apache 2.0", "licences.syntax.expectedOperator", { position: 8, found: "2.0", after: "Apache" }],
    ["MIT And Apache-2.0", "licences.syntax.operatorCase", { position: 5, found: "And", upper: "AND", lower: "and" }],
    ["MIT/Apache-2.0", "licences.syntax.unexpectedCharacter", { position: 4, character: "/" }],
    ["(MIT OR Apache-2.0", "licences.syntax.unclosedParenthesis", { position: 1 }],
    ["MIT)", "licences.syntax.unmatchedParenthesis", { position: 4 }],
    ["MIT AND ()", "licences.syntax.expectedLicence", { position: 10, found: ")" }],
    ["MIT AND .", "licences.syntax.expectedLicence", { position: 9, found: "." }],
    ["GPL-2.0 +", "licences.syntax.spaceBeforePlus", { position: 9 }],
    ["GPL+2.0", "licences.syntax.misplacedPlus", { position: 4, found: "GPL+2.0" }],
    ["LicenseRef-Foo+", "licences.syntax.misplacedPlus", { position: 15, found: "LicenseRef-Foo+" }],
    ["licenseref-foo", "licences.syntax.refPrefixCase", { position: 1, found: "licenseref-", prefix: "LicenseRef-" }],
    ["DocumentRef-x:licenseref-y", "licences.syntax.refPrefixCase", { position: 15, found: "licenseref-", prefix: "LicenseRef-" }], // prettier-ignore
    ["LicenseRef-", "licences.syntax.emptyRef", { position: 1, found: "LicenseRef-" }],
    ["MIT WITH", "licences.syntax.expectedExceptionAtEnd", { position: 9 }],
    ["MIT WITH AND", "licences.syntax.expectedException", { position: 10, found: "AND" }],
    ["Apache-2.0 WITH LicenseRef-Commons-Clause", "licences.syntax.licenceRefAfterWith", { position: 17, found: "LicenseRef-Commons-Clause" }], // prettier-ignore
    ["(MIT OR Apache-2.0) WITH LLVM-exception", "licences.syntax.misplacedWith", { position: 21 }],
    ["MIT WITH A WITH B", "licences.syntax.misplacedWith", { position: 12 }],
    ["MIT OR NOASSERTION", "licences.syntax.specialInOr", { position: 8, found: "NOASSERTION" }],
    ["NONE WITH Classpath-exception-2.0", "licences.syntax.specialWithException", { position: 6, found: "NONE" }],
    ["MIT\nAND Apache-2.0", "licences.syntax.lineBreak", { position: 4 }],
  ])("%j → %s", (text, code, values) => {
    expect(error(text)).toMatchObject({ code, values });
  });

  it("gives the characters concerned, not only the position", () => {
    // "Apache" 0–6, space, "2.0" 7–10.
    expect(error("Apache 2.0")).toMatchObject({ start: 7, end: 10 });
  });

  it("reports the first error from the left", () => {
    expect(error("MIT ANDD Apache-2.0, BSD")).toMatchObject({ code: "licences.syntax.expectedOperator", values: { found: "ANDD" } }); // prettier-ignore
  });

  it("refuses text longer than 4,000 characters before reading it", () => {
    expect(error("M".repeat(4001))).toMatchObject({ code: "licences.syntax.tooLong", values: { length: 4001, max: 4000 } }); // prettier-ignore
    expect(parseLicenceExpression(`${"MIT AND ".repeat(499)}MIT`).ok).toBe(true); // 8 × 499 + 3 = 3,995 characters
  });

  it("refuses parentheses nested deeper than 32 levels, at the 33rd", () => {
    expect(parseLicenceExpression(`${"(".repeat(32)}MIT${")".repeat(32)}`).ok).toBe(true);
    expect(error(`${"(".repeat(33)}MIT${")".repeat(33)}`)).toMatchObject({ code: "licences.syntax.tooDeep", values: { position: 33, max: 32 } }); // prettier-ignore
  });
});
