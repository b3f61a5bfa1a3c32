import { describe, expect, it } from "vitest";
import { sampleTemplateContent } from "@/scripts/testing/template-content-sample";
import type { TemplateContent } from "../template-content";
import {
  offeredClauses,
  prefillFromTemplate,
  templateMainCpv,
  templateMandatoryKeys,
  templateProcedureType,
} from "./prefill-tender";

const intendedUse = (overrides: Partial<TemplateContent["intendedUse"]>) => ({
  ...sampleTemplateContent().intendedUse,
  ...overrides,
});

describe("prefillFromTemplate", () => {
  it("fills a new tender from the template's content, in the template's language", () => {
    const content = sampleTemplateContent();
    const prefill = prefillFromTemplate(content, "fr");
    // Intended use: SERVICES, prefixes ["72", "72230000"] (the second is a full code), one procedure.
    expect(prefill.contractNature).toBe("SERVICES");
    expect(prefill.procedureType).toBe("OPEN");
    expect(prefill.mainCpv).toBe("72230000");
    expect(prefill.documentsLanguage).toBe("fr");
    // Five template clauses: 3 MANDATORY and 1 RECOMMENDED are included with their values, in
    // the template's order; switching-charges (OPTIONAL) is only offered.
    expect(prefill.clauses).toEqual([
      { key: "deliverables-licence", version: 1, values: {} },
      { key: "exit-plan-and-data-portability", version: 1, values: { exitPlanMonths: 6 } },
      { key: "escrow", version: 1, values: { depositMonths: 6 } },
      { key: "documented-apis", version: 1, values: {} },
    ]);
    expect(prefill.requirements.map((requirement) => requirement.key)).toEqual(["REQ-01", "REQ-02", "REQ-03"]);
    expect(prefill.sovereignty).toEqual(content.sovereignty);
    expect(prefill.award).toEqual(content.award);
  });

  it("copies, so changing the tender's answers never changes the template", () => {
    const content = sampleTemplateContent();
    const prefill = prefillFromTemplate(content, "en");
    prefill.requirements[0]!.text = "Changed by the drafter";
    prefill.award!.criteria[0]!.weight = 99;
    (prefill.clauses[1]!.values as Record<string, number>).exitPlanMonths = 12;
    expect(content.requirements[0]!.text).not.toBe("Changed by the drafter");
    expect(content.award!.criteria[0]!.weight).toBe(30);
    expect(content.clauses[1]!.values).toEqual({ exitPlanMonths: 6 });
  });

  it("leaves the documents' language to the drafter when the template's is not one the app writes in", () => {
    expect(prefillFromTemplate(sampleTemplateContent(), "it").documentsLanguage).toBeNull();
  });
});

describe("what the intended use fills", () => {
  it("takes the procedure only when the template names exactly one", () => {
    expect(templateProcedureType(intendedUse({ procedureTypes: ["RESTRICTED"] }))).toBe("RESTRICTED");
    expect(templateProcedureType(intendedUse({ procedureTypes: ["OPEN", "RESTRICTED"] }))).toBeNull();
    expect(templateProcedureType(intendedUse({ procedureTypes: [] }))).toBeNull();
  });

  it("takes the first prefix that is a full 8-digit code as the main CPV, and none from shorter prefixes", () => {
    expect(templateMainCpv(intendedUse({ cpvPrefixes: ["48", "722"] }))).toBeNull();
    expect(templateMainCpv(intendedUse({ cpvPrefixes: ["48", "48000000", "72000000"] }))).toBe("48000000");
    expect(templateMainCpv(intendedUse({ cpvPrefixes: [] }))).toBeNull();
  });
});

describe("the template's clause statuses", () => {
  it("offers the optional clauses and names the mandatory ones", () => {
    const content = sampleTemplateContent();
    expect(offeredClauses(content).map((clause) => clause.key)).toEqual(["switching-charges"]);
    expect([...templateMandatoryKeys(content)]).toEqual([
      "deliverables-licence",
      "exit-plan-and-data-portability",
      "escrow",
    ]);
  });
});
