import { describe, expect, it } from "vitest";
import { classifyLicenceExpression } from "./classify-expression";
import { checkDeliverable } from "./deliverables-check";

function check(expression: string, outbound = "EUPL-1.2") {
  const { tree } = classifyLicenceExpression(expression);
  const { verdict, finding, licence, outboundLicence } = checkDeliverable(tree, expression, outbound);
  return { verdict, finding, licence, outboundLicence };
}

describe("deliverables against the outbound licence EUPL-1.2", () => {
  it.each([
    // expression, verdict, finding, deciding licence — by the rule in deliverables-check.ts
    ["EUPL-1.2", "SAME_LICENCE", "sameLicence", "EUPL-1.2"],
    ["eupl-1.2", "SAME_LICENCE", "sameLicence", "EUPL-1.2"],
    ["EUPL-1.1", "COMPATIBLE", "euplCompatible", "EUPL-1.1"],
    ["GPL-3.0-or-later", "COMPATIBLE", "euplCompatible", "GPL-3.0-or-later"],
    ["GPL-2.0+", "COMPATIBLE", "euplCompatible", "GPL-2.0+"], // deprecated → GPL-2.0-or-later, on the Appendix
    ["MPL-2.0", "COMPATIBLE", "euplCompatible", "MPL-2.0"],
    ["LiLiQ-Rplus-1.1", "COMPATIBLE", "euplCompatible", "LiLiQ-Rplus-1.1"],
    ["GPL-2.0-only WITH Classpath-exception-2.0", "COMPATIBLE", "euplCompatible", "GPL-2.0-only WITH Classpath-exception-2.0"], // prettier-ignore
    ["EPL-2.0", "NEEDS_REVIEW", "notOnEuplList", "EPL-2.0"], // not in the Appendix (only EPL-1.0 is)
    ["MIT", "NEEDS_REVIEW", "notOnEuplList", "MIT"],
    ["CC-BY-SA-3.0", "NEEDS_REVIEW", "euplNonSoftwareOnly", "CC-BY-SA-3.0"],
    ["BUSL-1.1", "NOT_OPEN", "notOpen", "BUSL-1.1"],
    ["LicenseRef-Acme", "UNKNOWN", "unknown", "LicenseRef-Acme"],
    ["MIT AND", "UNKNOWN", "unknown", "MIT AND"],
    // OR: the authority picks the best choice; AND: the worst part decides.
    ["MIT OR EUPL-1.2", "SAME_LICENCE", "sameLicence", "EUPL-1.2"],
    ["MIT OR GPL-3.0-only", "COMPATIBLE", "euplCompatible", "GPL-3.0-only"],
    ["EUPL-1.2 AND MIT", "NEEDS_REVIEW", "notOnEuplList", "MIT"],
    ["EUPL-1.2 AND (GPL-3.0-only OR BUSL-1.1)", "COMPATIBLE", "euplCompatible", "GPL-3.0-only"],
    ["EUPL-1.2 AND BUSL-1.1", "NOT_OPEN", "notOpen", "BUSL-1.1"],
  ])("%s → %s (%s)", (expression, verdict, finding, licence) => {
    expect(check(expression)).toEqual({ verdict, finding, licence, outboundLicence: "EUPL-1.2" });
  });
});

describe("deliverables against another outbound licence", () => {
  it("accepts the same licence and asks for a review of any other: no compatibility list applies", () => {
    expect(check("Apache-2.0", "Apache-2.0")).toMatchObject({ verdict: "SAME_LICENCE" });
    expect(check("GPL-3.0-only", "Apache-2.0")).toMatchObject({ verdict: "NEEDS_REVIEW", finding: "otherLicence" });
    expect(check("EUPL-1.2", "MPL-2.0")).toMatchObject({ verdict: "NEEDS_REVIEW", finding: "otherLicence" });
  });

  it("reads the outbound licence in its list form, deprecated ids replaced", () => {
    expect(check("GPL-3.0-only", "GPL-3.0")).toEqual({
      verdict: "SAME_LICENCE",
      finding: "sameLicence",
      licence: "GPL-3.0-only",
      outboundLicence: "GPL-3.0-only",
    });
    expect(check("MIT", " mit ")).toMatchObject({ verdict: "SAME_LICENCE", outboundLicence: "MIT" });
  });
});
