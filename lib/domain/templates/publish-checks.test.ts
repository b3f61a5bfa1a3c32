import { describe, expect, it } from "vitest";
import { messageRef } from "@/lib/i18n/message-ref";
import { checkTemplateForPublication } from "./publish-checks";
import { emptyTemplateContent } from "./read-template-content";
import type { TemplateContent } from "./template-content";
import { libraryDefinitions, sampleTemplateContent } from "./testing/sample-template";

const definitions = libraryDefinitions();
const check = (content: TemplateContent, name = "Collaboration suite") =>
  checkTemplateForPublication({ name, language: "en", content }, definitions);

describe("checkTemplateForPublication", () => {
  it("lets a complete, sound template be published", () => {
    const result = check(sampleTemplateContent());
    expect(result.findings).toEqual([]);
    expect(result.lint.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(result.publishable).toBe(true);
  });

  it("refuses an empty template: no summary, no clause, requirement or criterion", () => {
    const result = check(emptyTemplateContent());
    expect(result.publishable).toBe(false);
    expect(result.findings).toEqual([
      { section: "details", path: "summary", message: "templates.checks.summaryMissing", severity: "error" },
      { section: null, path: null, message: "templates.checks.empty", severity: "error" },
    ]);
  });

  it("is not empty with requirements alone", () => {
    const content = {
      ...emptyTemplateContent({ summary: "Hosting" }),
      requirements: sampleTemplateContent().requirements.slice(0, 1),
    };
    expect(check(content).findings.map((finding) => finding.message)).not.toContain("templates.checks.empty");
  });

  it("reports clause versions the library lacks and invalid default parameters where they are", () => {
    const content = sampleTemplateContent();
    content.clauses[1] = { ...content.clauses[1]!, version: 9 };
    content.clauses[0] = { ...content.clauses[0]!, values: { softwareLicence: "Proprietary-1.0" } };
    const findings = check(content).findings.filter((finding) => finding.section === "clauses");
    expect(findings.map((finding) => [finding.path, finding.severity])).toEqual([
      ["clauses.0.values.softwareLicence", "error"],
      ["clauses.1.key", "error"],
    ]);
    expect(findings[1]!.message).toBe(
      messageRef("problems.clauses.versionMissing", { key: "source-code-delivery", version: 9 }),
    );
  });

  it("checks criteria weights with the tender's rules: 40 + 40 + 10 = 90 is not 100", () => {
    const content = sampleTemplateContent();
    const award = content.award!;
    content.award = {
      ...award,
      criteria: award.criteria.map((c) => (c.key === "openness" ? { ...c, weight: 10 } : c)),
    };
    const result = check(content);
    expect(result.findings).toContainEqual({
      section: "criteria",
      path: "criteria",
      message: messageRef("validation.criteria.weightsSum", { sum: 90 }),
      severity: "error",
    });
    // The linter's rule 6 says the same, as an error: either blocks publishing.
    expect(result.lint.map((finding) => finding.code)).toContain("lint.criteria.weightsSum");
    expect(result.publishable).toBe(false);
  });

  it("refuses a requirement linked to a criterion the template does not have", () => {
    const content = sampleTemplateContent();
    content.requirements[0] = { ...content.requirements[0]!, criterionKey: "usability" };
    expect(check(content).findings).toContainEqual({
      section: "requirements",
      path: "requirements.0.criterionKey",
      message: messageRef("validation.requirements.criterionUnknown", { key: "REQ-01", criterion: "usability" }),
      severity: "error",
    });
  });

  it("wants a justification for a minimum SEAL other than the proposed one, and weights summing to 100", () => {
    const content = sampleTemplateContent();
    const profile = content.sovereignty!;
    content.sovereignty = {
      ...profile,
      minimumSeal: { ...profile.minimumSeal, "SOV-1": { seal: 3 } },
      weights: { ...profile.weights, "SOV-8": 10 },
    };
    const paths = check(content)
      .findings.filter((f) => f.section === "sovereignty")
      .map((f) => f.path);
    // 15+10+10+15+20+15+10+10 = 105 ≠ 100; SOV-1 proposed 1, required 3 without a reason.
    expect(paths).toEqual(["weights", "minimumSeal.SOV-1.justification"]);
  });

  it("blocks publication on a lock-in error in any text, and names where it is", () => {
    const content = sampleTemplateContent();
    content.requirements[1] = { ...content.requirements[1]!, text: "Video calls work in Microsoft Teams." };
    content.guidance = [{ section: "general", text: "Ask for SharePoint compatibility." }];
    const result = check(content);
    const errors = result.lint.filter((finding) => finding.severity === "error");
    expect(errors.map((finding) => finding.location.field)).toContain("requirements.1.text");
    expect(result.lint.map((finding) => finding.location.field)).toContain("guidance.0.text");
    expect(result.publishable).toBe(false);
  });

  it("reads only mandatory and recommended clauses as included: an optional accessibility clause is not enough", () => {
    const content = sampleTemplateContent();
    content.clauses = content.clauses.map((clause) =>
      clause.key === "accessibility-en-301-549" ? { ...clause, status: "OPTIONAL" } : clause,
    );
    const result = check(content);
    expect(result.lint).toContainEqual(
      expect.objectContaining({ code: "lint.missingAccessibility", severity: "error" }),
    );
    expect(result.publishable).toBe(false);
  });

  it("points clause parameter findings to the clause's place in the template, not among the included ones", () => {
    const content = sampleTemplateContent();
    // The optional escrow clause first: the licence clause is then the template's second clause.
    content.clauses = [content.clauses[5]!, ...content.clauses.slice(0, 5)];
    content.clauses[1] = {
      ...content.clauses[1]!,
      values: { additionalObligations: "Compatible with Microsoft Office." },
    };
    const fields = check(content).lint.map((finding) => finding.location.field);
    expect(fields.some((field) => field.startsWith("clauses.1."))).toBe(true);
  });
});
