import { describe, expect, it } from "vitest";
import { applyFix } from "../finding";
import { lintText } from "../lint";

function found(text: string) {
  return lintText(text).map((f) => ({
    rule: f.ruleId,
    severity: f.severity,
    text: text.slice(f.location.start, f.location.end),
  }));
}

describe("rule 3: vendor partner status and certifications", () => {
  it("reports the whole status, once, with Art. 44 as its basis, and fixes it", () => {
    const text = "The tenderer must be a Microsoft Gold Partner.";
    const findings = lintText(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "LOCKIN-003",
      severity: "error",
      location: { start: 23, end: 45 },
      code: "lint.vendorCertification",
      values: { term: "Microsoft Gold Partner" },
      legalBasis: "Directive 2014/24/EU Art. 44(1)–(2) and 42(4)",
      fix: { start: 45, end: 45, replacement: " or equivalent" },
    });
    const corrected = applyFix(text, findings[0]!.fix!);
    expect(corrected).toBe("The tenderer must be a Microsoft Gold Partner or equivalent.");
    expect(lintText(corrected)).toEqual([]);
  });

  it("finds partner tiers and certifications before or after the vendor's name, in three languages", () => {
    const cases: [string, string][] = [
      ["Staff must be SAP certified.", "SAP certified"],
      ["The supplier must be an AWS Advanced Tier partner.", "AWS Advanced Tier partner"],
      ["The lead must be an Oracle Certified Professional.", "Oracle Certified"],
      ["We require certified Oracle Database administrators.", "certified Oracle Database"],
      ["Engineers must be certified by Red Hat.", "certified by Red Hat"],
      ["Two engineers must hold the MCSE.", "MCSE"],
      ["Le titulaire doit être partenaire officiel Microsoft.", "partenaire officiel Microsoft"],
      ["Les consultants doivent être certifiés SAP.", "certifiés SAP"],
      ["Der Auftragnehmer muss SAP-zertifiziert sein.", "SAP-zertifiziert"],
      ["Gefordert sind zertifizierte Microsoft-Partner.", "zertifizierte Microsoft-Partner"],
    ];
    for (const [text, span] of cases) {
      expect(found(text), text).toEqual([{ rule: "LOCKIN-003", severity: "error", text: span }]);
    }
  });

  it("is answered by 'or equivalent', and leaves vendor-neutral certification and partner words alone", () => {
    expect(found("The tenderer must be a Microsoft Gold Partner or equivalent.")).toEqual([]);
    expect(found("Les consultants doivent être certifiés SAP ou équivalent.")).toEqual([]);
    expect(found("The data centre must be ISO 27001 certified.")).toEqual([]);
    expect(found("Our partner organisations use Microsoft Teams.")).toEqual([
      { rule: "LOCKIN-001", severity: "warning", text: "Microsoft Teams" },
    ]);
  });
});
