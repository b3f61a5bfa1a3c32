import { describe, expect, it } from "vitest";
import { classifyLicenceExpression } from "./classify-expression";

/** The class, and the reasons as "code values" pairs (without the `licences.` prefix), for compact expectations. */
function classified(expression: string) {
  const result = classifyLicenceExpression(expression);
  return {
    licenceClass: result.licenceClass,
    reasons: result.reasons.map((item) => [item.code.replace(/^licences\./, ""), item.values]),
  };
}

describe("classifyLicenceExpression: single licences", () => {
  it("OSI-approved → open", () => {
    expect(classified("MIT")).toEqual({ licenceClass: "OPEN", reasons: [["reasons.osiApproved", { licence: "MIT" }]] });
    // NASA-1.3 is OSI-approved though the FSF rates it non-free: OSI approval decides (decisions.md).
    expect(classified("NASA-1.3").licenceClass).toBe("OPEN");
  });

  it("FSF-libre or a public-domain dedication, not OSI → free, not OSI", () => {
    expect(classified("CC-BY-SA-4.0")).toEqual({ licenceClass: "FREE_NOT_OSI", reasons: [["reasons.fsfLibre", { licence: "CC-BY-SA-4.0" }]] }); // prettier-ignore
    // PDDL-1.0 has no FSF rating on the list: it is free as a public-domain dedication.
    expect(classified("PDDL-1.0")).toEqual({ licenceClass: "FREE_NOT_OSI", reasons: [["reasons.publicDomain", { licence: "PDDL-1.0" }]] }); // prettier-ignore
    expect(classified("CC0-1.0").licenceClass).toBe("FREE_NOT_OSI");
  });

  it("rated non-free by the FSF, not OSI → not open", () => {
    expect(classified("Aladdin")).toEqual({ licenceClass: "NOT_OPEN", reasons: [["reasons.fsfNonFree", { licence: "Aladdin" }]] }); // prettier-ignore
  });

  it("on the list but rated by nobody → unknown, for a person to read", () => {
    expect(classified("BSD-2-Clause-Views")).toEqual({ licenceClass: "UNKNOWN", reasons: [["reasons.notAssessed", { licence: "BSD-2-Clause-Views" }]] }); // prettier-ignore
  });

  it("NONE → not open (no licence, all rights reserved); NOASSERTION → unknown", () => {
    expect(classified("NONE")).toEqual({ licenceClass: "NOT_OPEN", reasons: [["reasons.noLicence", {}]] });
    expect(classified("NOASSERTION")).toEqual({ licenceClass: "UNKNOWN", reasons: [["reasons.noAssertion", {}]] });
  });

  it("LicenseRef → unknown; a reference named like a listed licence gets it as a suggestion", () => {
    const custom = classifyLicenceExpression("LicenseRef-Acme-Proprietary");
    expect(custom).toMatchObject({ licenceClass: "UNKNOWN", valid: true, suggestion: null });
    expect(classified("LicenseRef-Acme-Proprietary").reasons).toEqual([["reasons.licenceRef", { ref: "LicenseRef-Acme-Proprietary" }]]); // prettier-ignore
    expect(classifyLicenceExpression("LicenseRef-MIT")).toMatchObject({
      licenceClass: "UNKNOWN",
      suggestion: { expression: "MIT", licenceClass: "OPEN" },
    });
  });

  it("an id not on the list → unknown, with the nearest id as a suggestion, never applied", () => {
    expect(classifyLicenceExpression("EUPL-1.3")).toMatchObject({
      licenceClass: "UNKNOWN",
      valid: false,
      normalised: "EUPL-1.3",
      suggestion: { expression: "EUPL-1.2", licenceClass: "OPEN" },
    });
    expect(classified("EUPL-1.3").reasons).toEqual([["reasons.unknownIdWithSuggestion", { licence: "EUPL-1.3", suggestion: "EUPL-1.2" }]]); // prettier-ignore
    expect(classifyLicenceExpression("Acme-Internal-Licence-7")).toMatchObject({ licenceClass: "UNKNOWN", suggestion: null }); // prettier-ignore
  });
});

describe("classifyLicenceExpression: case, deprecated ids and '+'", () => {
  it("reads ids in any case, says so, and suggests the list's spelling", () => {
    expect(classifyLicenceExpression("apache-2.0")).toMatchObject({
      licenceClass: "OPEN",
      valid: true,
      normalised: "Apache-2.0",
      suggestion: { expression: "Apache-2.0", licenceClass: "OPEN" },
    });
    expect(classified("apache-2.0").reasons[0]).toEqual(["reasons.caseMismatch", { written: "apache-2.0", licence: "Apache-2.0" }]); // prettier-ignore
  });

  it("GPL-2.0 (deprecated) is classified as GPL-2.0-only, with a note", () => {
    const result = classifyLicenceExpression("GPL-2.0");
    expect(result).toMatchObject({ licenceClass: "OPEN", valid: true, licenceIds: ["GPL-2.0-only"], suggestion: { expression: "GPL-2.0-only" } }); // prettier-ignore
    expect(classified("GPL-2.0").reasons).toEqual([
      ["reasons.deprecated", { written: "GPL-2.0", replacement: "GPL-2.0-only" }],
      ["reasons.osiApproved", { licence: "GPL-2.0-only" }],
    ]);
  });

  it("GPL-2.0+ (a deprecated id with its '+') is classified as GPL-2.0-or-later; 'gpl-2.0+' too, with the case noted", () => {
    expect(classifyLicenceExpression("GPL-2.0+")).toMatchObject({ licenceClass: "OPEN", licenceIds: ["GPL-2.0-or-later"] }); // prettier-ignore
    expect(classified("gpl-2.0+").reasons).toEqual([
      ["reasons.caseMismatch", { written: "gpl-2.0+", licence: "GPL-2.0+" }],
      ["reasons.deprecated", { written: "GPL-2.0+", replacement: "GPL-2.0-or-later" }],
      ["reasons.osiApproved", { licence: "GPL-2.0-or-later" }],
    ]);
  });

  it("a deprecated '-with-exception' id becomes the licence WITH the exception", () => {
    expect(classifyLicenceExpression("GPL-2.0-with-classpath-exception")).toMatchObject({
      licenceClass: "OPEN",
      suggestion: { expression: "GPL-2.0-only WITH Classpath-exception-2.0", licenceClass: "OPEN" },
    });
    expect(classifyLicenceExpression("wxWindows").suggestion?.expression).toBe("LGPL-2.0-or-later WITH WxWindows-exception-3.1"); // prettier-ignore
  });

  it("a deprecated id without a single successor keeps its own listing", () => {
    expect(classified("Net-SNMP").reasons).toEqual([
      ["reasons.deprecatedNoReplacement", { licence: "Net-SNMP" }],
      ["reasons.notAssessed", { licence: "Net-SNMP" }],
    ]);
  });

  it("'X+' is classified as X, the version it names", () => {
    // Apache-1.0: FSF-libre, not OSI → free; Apache-1.1: OSI → open.
    expect(classified("Apache-1.0+")).toEqual({
      licenceClass: "FREE_NOT_OSI",
      reasons: [
        ["reasons.orLater", { licence: "Apache-1.0+", version: "Apache-1.0" }],
        ["reasons.fsfLibre", { licence: "Apache-1.0" }],
      ],
    });
    expect(classifyLicenceExpression("Apache-1.1+")).toMatchObject({ licenceClass: "OPEN", normalised: "Apache-1.1+", suggestion: null }); // prettier-ignore
  });

  it("'+' on an -only id is read as -or-later; on an -or-later id it is redundant", () => {
    expect(classifyLicenceExpression("GPL-2.0-only+")).toMatchObject({ licenceClass: "OPEN", licenceIds: ["GPL-2.0-or-later"], suggestion: { expression: "GPL-2.0-or-later" } }); // prettier-ignore
    expect(classified("LGPL-2.1-or-later+").reasons[0]).toEqual(["reasons.plusOnOrLater", { written: "LGPL-2.1-or-later+", suggestion: "LGPL-2.1-or-later" }]); // prettier-ignore
  });
});

describe("classifyLicenceExpression: OR, AND, WITH and parentheses", () => {
  it("OR: one open choice suffices", () => {
    expect(classified("BUSL-1.1 OR MIT")).toEqual({
      licenceClass: "OPEN",
      reasons: [
        ["restricted.BUSL", { licence: "BUSL-1.1" }],
        ["reasons.osiApproved", { licence: "MIT" }],
        ["reasons.orChoice", { choice: "MIT" }],
      ],
    });
    expect(classified("SSPL-1.0 OR Elastic-2.0").licenceClass).toBe("NOT_OPEN");
    expect(classified("SSPL-1.0 OR Elastic-2.0").reasons.at(-1)).toEqual(["reasons.orAllSame", {}]);
    // A free choice beats an unknown one; an unknown choice beats a closed one (it may be open).
    expect(classified("CC0-1.0 OR LicenseRef-Custom").licenceClass).toBe("FREE_NOT_OSI");
    expect(classified("LicenseRef-Custom OR SSPL-1.0").licenceClass).toBe("UNKNOWN");
  });

  it("AND: every part must be open; the least open decides", () => {
    expect(classified("MIT AND Apache-2.0")).toEqual({
      licenceClass: "OPEN",
      reasons: [
        ["reasons.osiApproved", { licence: "MIT" }],
        ["reasons.osiApproved", { licence: "Apache-2.0" }],
        ["reasons.andAllSame", {}],
      ],
    });
    expect(classified("MIT AND CC0-1.0").licenceClass).toBe("FREE_NOT_OSI");
    expect(classified("MIT AND CC0-1.0").reasons.at(-1)).toEqual(["reasons.andWeakest", { part: "CC0-1.0" }]);
    expect(classified("NOASSERTION AND MIT").licenceClass).toBe("UNKNOWN");
    expect(classified("Apache-2.0 AND BUSL-1.1").licenceClass).toBe("NOT_OPEN");
  });

  it("WITH a listed exception keeps the licence's class; an unlisted one makes it unknown", () => {
    expect(classified("GPL-2.0-or-later WITH Classpath-exception-2.0")).toEqual({
      licenceClass: "OPEN",
      reasons: [
        ["reasons.osiApproved", { licence: "GPL-2.0-or-later" }],
        ["reasons.exceptionListed", { exception: "Classpath-exception-2.0" }],
      ],
    });
    expect(classified("CC-BY-4.0 WITH LLVM-exception").licenceClass).toBe("FREE_NOT_OSI");
    expect(classified("GPL-2.0-only WITH My-Own-Exception-Text")).toEqual({
      licenceClass: "UNKNOWN",
      reasons: [
        ["reasons.osiApproved", { licence: "GPL-2.0-only" }],
        ["reasons.exceptionUnknown", { exception: "My-Own-Exception-Text" }],
      ],
    });
    expect(classified("Apache-2.0 WITH AdditionRef-Extra").licenceClass).toBe("UNKNOWN");
    // An unknown addition cannot make a restricted licence open.
    expect(classified("SSPL-1.0 WITH AdditionRef-Extra").licenceClass).toBe("NOT_OPEN");
    expect(classifyLicenceExpression("GPL-2.0-only WITH Classpath-exeption-2.0").suggestion).toEqual({
      expression: "GPL-2.0-only WITH Classpath-exception-2.0",
      licenceClass: "OPEN",
    });
  });

  it("nested parentheses are combined from the inside out", () => {
    // BUSL-1.1 AND Apache-2.0 → not open; MIT OR (that) → open; CC0-1.0 OR LicenseRef-X → free;
    // open AND free → free, not OSI.
    const result = classifyLicenceExpression("(MIT OR (BUSL-1.1 AND Apache-2.0)) AND (CC0-1.0 OR LicenseRef-X)");
    expect(result).toMatchObject({
      licenceClass: "FREE_NOT_OSI",
      normalised: "(MIT OR (BUSL-1.1 AND Apache-2.0)) AND (CC0-1.0 OR LicenseRef-X)",
      restrictedFamilies: ["BUSL"],
      licenceIds: ["MIT", "BUSL-1.1", "Apache-2.0", "CC0-1.0"],
    });
    // The first group is 0–34 ("(MIT OR (" 9, "BUSL-1.1" 9–17, " AND " 17–22, "Apache-2.0" 22–32, "))"),
    // " AND " 34–39, the second group 39–64 ("(" 39, 23 characters 40–63, ")" 63–64).
    expect(result.reasons.at(-1)).toEqual({
      code: "licences.reasons.andWeakest",
      values: { part: "CC0-1.0 OR LicenseRef-X" },
      start: 39,
      end: 64,
    });
  });

  it("operators in small letters are read, and written back in capitals", () => {
    expect(classifyLicenceExpression("MIT or Apache-2.0")).toMatchObject({ licenceClass: "OPEN", normalised: "MIT OR Apache-2.0", suggestion: null }); // prettier-ignore
  });

  it("says each thing once when a licence repeats", () => {
    expect(classified("MIT AND MIT").reasons).toEqual([["reasons.osiApproved", { licence: "MIT" }], ["reasons.andAllSame", {}]]); // prettier-ignore
  });
});

describe("classifyLicenceExpression: invalid text", () => {
  it("is unknown, with the syntax error as its reason and its position", () => {
    const result = classifyLicenceExpression("MIT AND");
    expect(result).toMatchObject({ licenceClass: "UNKNOWN", valid: false, normalised: null, tree: null, suggestion: null }); // prettier-ignore
    expect(result.syntaxError).toEqual({ code: "licences.syntax.expectedLicenceAtEnd", start: 7, end: 7, values: { position: 8, after: "AND" } }); // prettier-ignore
    expect(result.reasons).toEqual([{ code: "licences.syntax.expectedLicenceAtEnd", values: { position: 8, after: "AND" }, start: 7, end: 7 }]); // prettier-ignore
  });

  it.each([
    ["Apache License 2.0", "Apache-2.0", "OPEN"],
    ["EUPL 1.2", "EUPL-1.2", "OPEN"],
    ["MIT/Apache-2.0", "MIT OR Apache-2.0", "OPEN"],
    ["MIT And Apache-2.0", "MIT AND Apache-2.0", "OPEN"],
    ["licenseref-acme", "LicenseRef-acme", "UNKNOWN"],
    ["GPL-3.0 + AND MIT", "GPL-3.0-or-later AND MIT", "OPEN"],
    ["(MIT OR ISC", "MIT OR ISC", "OPEN"],
    ["Apache-2.0 WITH LicenseRef-Commons-Clause", "Apache-2.0 AND LicenseRef-Commons-Clause", "NOT_OPEN"],
    ["MIT OR\nApache-2.0", "MIT OR Apache-2.0", "OPEN"],
    ["“Apache\u20112.0 OR MIT”", "Apache-2.0 OR MIT", "OPEN"], // pasted from a word processor
  ])("%j gets the suggestion %j (class %s), shown, not applied", (text, expression, licenceClass) => {
    const result = classifyLicenceExpression(text);
    expect(result.licenceClass).toBe("UNKNOWN");
    expect(result.suggestion).toEqual({ expression, licenceClass });
  });

  it("suggests nothing when nothing close is found", () => {
    expect(classifyLicenceExpression("MIT AND").suggestion).toBeNull();
    expect(classifyLicenceExpression("see LICENSE.txt in the repository").suggestion).toBeNull();
  });
});

describe("classifyLicenceExpression: use restrictions (for AI models)", () => {
  it.each([
    ["MIT OR LicenseRef-Llama-3-Community", "UNRESTRICTED"],
    ["Apache-2.0 AND LicenseRef-OpenRAIL-M", "RESTRICTED"],
    ["CC-BY-ND-4.0", "UNRESTRICTED"], // not open (no derivatives), but use itself is free
    ["LicenseRef-Model-Terms", "UNKNOWN"],
    ["NONE", "RESTRICTED"],
  ])("%s → %s", (expression, useRestriction) => {
    expect(classifyLicenceExpression(expression).useRestriction).toBe(useRestriction);
  });
});

describe("classifyLicenceExpression: memoised", () => {
  it("returns the same result object for the same text", () => {
    expect(classifyLicenceExpression("Apache-2.0 OR MIT")).toBe(classifyLicenceExpression("Apache-2.0 OR MIT"));
  });
});
