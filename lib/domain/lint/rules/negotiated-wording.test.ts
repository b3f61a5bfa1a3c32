import { describe, expect, it } from "vitest";
import { lintText } from "../lint";

function found(text: string) {
  return lintText(text).map((f) => ({ rule: f.ruleId, text: text.slice(f.location.start, f.location.end) }));
}

describe("rule 7 in running text: negotiated procedure without publication on technical or exclusive grounds", () => {
  it("asks for the no-alternative analysis, in three languages", () => {
    const cases: [string, string][] = [
      ["The renewal uses the negotiated procedure without prior publication for technical reasons.", "technical reasons"], // prettier-ignore
      ["Le renouvellement passe par une procédure négociée sans publicité en raison de droits d'exclusivité.", "droits d'exclusivité"], // prettier-ignore
      ["Die Verlängerung erfolgt im Verhandlungsverfahren ohne Teilnahmewettbewerb aus technischen Gründen.", "technischen Gründen"], // prettier-ignore
      ["Award under Art. 32(2)(b): the supplier holds exclusive rights.", "exclusive rights"],
    ];
    for (const [text, span] of cases) expect(found(text), text).toEqual([{ rule: "LOCKIN-007", text: span }]);
    expect(lintText(cases[0]![0])[0]).toMatchObject({
      severity: "warning",
      code: "lint.noAlternativeAnalysisWording",
      legalBasis: "Directive 2014/24/EU Art. 32(2)(b), last subparagraph",
    });
  });

  it("is quiet when the analysis is written, or when the ground is not the procedure's", () => {
    expect(
      found(
        "Negotiated procedure without prior publication for technical reasons: no reasonable alternative or substitute exists, as shown in annex 4.",
      ),
    ).toEqual([]);
    expect(found("The open procedure is used; the software has technical reasons to be rewritten.")).toEqual([]);
    const far = `Negotiated procedure without publication. ${"Other text. ".repeat(40)}Exclusive rights are discussed.`;
    expect(found(far)).toEqual([]);
  });
});
