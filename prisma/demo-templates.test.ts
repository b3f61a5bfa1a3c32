import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chosenClauseProblems, chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import { CLAUSE_LIBRARY, findLibraryClause } from "@/lib/domain/clauses/library";
import { parseCpvCsv } from "@/lib/domain/cpv/parse-cpv-csv";
import { lintInputFromTender, lintTender } from "@/lib/domain/lint";
import { validateCriteria, type Criterion } from "@/lib/domain/tender/award-criteria";
import { checkRequirements } from "@/lib/domain/tender/requirements";
import { proposeMinimumSeal, validateSealOverrides, validateSovereigntyWeights } from "@/lib/domain/tender/sovereignty";
import { PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { checkTemplateForPublication } from "@/lib/domain/templates/publish-checks";
import { GUIDANCE_SECTIONS, TEMPLATE_CATEGORIES, TEMPLATE_LICENCES } from "@/lib/domain/templates/template-content";
import { templateContentSchema } from "@/lib/schemas/template-content";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_TEMPLATES } from "./demo-templates";
import { versionColumns } from "./seed-demo-templates";

const cpvCodes = parseCpvCsv(readFileSync(new URL("../data/cpv/cpv2008.csv", import.meta.url), "utf8")).map(
  (entry) => entry.code8,
);
const definitions = new Map(CLAUSE_LIBRARY.map((clause) => [chosenVersionKey(clause.key, clause.version), clause]));
const errors = <T extends { severity: string }>(problems: T[]) => problems.filter((p) => p.severity === "error");

const versions = DEMO_TEMPLATES.flatMap((template) =>
  template.versions.map((version, i) => [`${template.slug} v${i + 1}`, template, version] as const),
);

/** Each level of the tree sums to 100 (F8 aside, which the demo does not use). */
function levelSums(criteria: readonly Criterion[]): number[] {
  const sum = criteria.reduce((total, criterion) => total + criterion.weight, 0);
  return [sum, ...criteria.flatMap((criterion) => (criterion.children?.length ? levelSums(criterion.children) : []))];
}

describe("demo templates", () => {
  it("are three originals in English, a French and a German translation, and a deprecated one", () => {
    const originals = DEMO_TEMPLATES.filter((template) => !template.translationOf && !template.deprecation);
    expect(originals.map((template) => template.language)).toEqual(["en", "en", "en"]);
    expect(
      DEMO_TEMPLATES.filter((template) => template.translationOf)
        .map((t) => t.language)
        .sort(),
    ).toEqual(["de", "fr"]);
    expect(DEMO_TEMPLATES.filter((template) => template.deprecation)).toHaveLength(1);
    expect(new Set(DEMO_TEMPLATES.map((template) => template.slug)).size).toBe(DEMO_TEMPLATES.length);
  });

  it("link translations and successors to templates of the list, published by OSPOs", () => {
    const slugs = DEMO_TEMPLATES.map((template) => template.slug);
    for (const template of DEMO_TEMPLATES) {
      if (template.translationOf) expect(slugs).toContain(template.translationOf);
      if (template.deprecation) expect(slugs).toContain(template.deprecation.successor);
      const publisher = DEMO_ACCOUNTS.find((account) => account.email === template.publishedBy);
      expect(publisher?.memberships).toContainEqual({ organisation: template.organisation, roles: ["OSPO"] });
    }
  });

  it("have one template with a second version, published later, with a changelog", () => {
    const twice = DEMO_TEMPLATES.filter((template) => template.versions.length > 1);
    expect(twice).toHaveLength(1);
    const [first, second] = twice[0]!.versions;
    expect(second!.publishedDaysAgo).toBeLessThan(first!.publishedDaysAgo);
    expect(second!.changelog.length).toBeGreaterThan(50);
    expect(second!.content).not.toEqual(first!.content);
  });

  it.each(versions)("%s: passes the content schema and the checks that publishing runs", (_l, template, version) => {
    expect(templateContentSchema.safeParse(version.content).error?.issues).toBeUndefined();
    const check = checkTemplateForPublication(
      { name: version.name, language: template.language, content: version.content },
      definitions,
    );
    expect(check.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(check.publishable).toBe(true);
  });

  it.each(versions)("%s: its clauses exist in the library and their values pass validation", (_l, _t, version) => {
    const chosen = version.content.clauses.map(({ key, version: number, values }) => ({
      key,
      version: number,
      values,
    }));
    expect(chosenClauseProblems(chosen, definitions)).toEqual([]);
  });

  it.each(versions)("%s: valid award criteria, weights summing to 100 on every level", (_l, _t, version) => {
    const award = version.content.award!;
    for (const sum of levelSums(award.criteria)) expect(sum).toBe(100);
    for (const procedure of version.content.intendedUse.procedureTypes) {
      expect(errors(validateCriteria(award, { procedure }))).toEqual([]);
    }
  });

  it.each(versions)("%s: requirements with unique keys linked to existing criteria", (_l, template, version) => {
    const { requirements, award } = version.content;
    if (!template.deprecation) {
      expect(requirements.length).toBeGreaterThanOrEqual(10);
      expect(requirements.length).toBeLessThanOrEqual(20);
    }
    const keys = (award?.criteria ?? []).flatMap((c) => [c.key, ...(c.children ?? []).map((child) => child.key)]);
    expect(checkRequirements(requirements, keys)).toEqual([]);
    expect(new Set(requirements.map((requirement) => requirement.level))).toEqual(
      template.deprecation ? new Set(["MUST", "SHOULD"]) : new Set(["MUST", "SHOULD", "MAY"]),
    );
  });

  it.each(versions)("%s: a sovereignty profile whose overrides are justified", (_l, _t, version) => {
    const profile = version.content.sovereignty!;
    expect(validateSovereigntyWeights(profile.weights)).toEqual([]);
    expect(errors(validateSealOverrides(proposeMinimumSeal(profile.assessment), profile.minimumSeal))).toEqual([]);
  });

  it.each(versions)("%s: intended use, guidance and licence from the lists", (_l, _t, version) => {
    const { intendedUse, guidance, licence } = version.content;
    expect(TEMPLATE_CATEGORIES).toContain(intendedUse.category);
    for (const prefix of intendedUse.cpvPrefixes) {
      expect(prefix).toMatch(/^\d{2,8}$/);
      expect(cpvCodes.some((code) => code.startsWith(prefix))).toBe(true);
    }
    expect(intendedUse.procedureTypes.every((type) => PROCEDURE_TYPES.includes(type))).toBe(true);
    expect(intendedUse.valueRange.minCents!).toBeLessThan(intendedUse.valueRange.maxCents!);
    expect(guidance.length).toBeGreaterThan(0);
    for (const note of guidance) {
      expect(GUIDANCE_SECTIONS).toContain(note.section);
      expect(note.text.trim()).not.toBe("");
    }
    expect(TEMPLATE_LICENCES).toContain(licence);
  });

  it.each(versions)("%s: no lock-in error from the linter", (_l, template, version) => {
    const { content } = version;
    const input = lintInputFromTender(
      {
        title: version.name,
        summary: content.summary,
        contractNature: content.intendedUse.contractNature,
        procedureType: content.intendedUse.procedureTypes[0] ?? null,
        procedureGround: null,
        mainCpv: null,
        documentsLanguage: template.language,
        lots: [],
        reasonsForNotDividing: "",
        requirements: content.requirements,
        award: content.award,
        sovereignty: content.sovereignty,
      },
      {
        clauses: content.clauses
          .filter((chosen) => chosen.status !== "OPTIONAL")
          .map((chosen) => ({ topics: findLibraryClause(chosen.key)?.topics ?? [], parameters: chosen.values })),
      },
    );
    // Warnings too, for the templates in use: a template is an example of good practice. The
    // deprecated one is kept as it was, with the warning that led to its successor.
    const findings = lintTender(input).filter((finding) => finding.severity !== "info");
    expect(findings.map((finding) => finding.code)).toEqual(
      template.deprecation
        ? [
            "lint.criteria.noOpennessOrSovereignty",
            "lint.missingClause.DELIVERABLES_LICENCE",
            "lint.missingClause.SOURCE_CODE_DELIVERY",
          ]
        : [],
    );
  });

  it("translations keep their original's clauses, criteria and requirement levels", () => {
    for (const translation of DEMO_TEMPLATES.filter((template) => template.translationOf)) {
      const original = DEMO_TEMPLATES.find((template) => template.slug === translation.translationOf)!;
      const translated = translation.versions.at(-1)!.content;
      // The German one translates version 2 of its original, the French one version 1 (the only one).
      const source = original.versions.at(-1)!.content;
      expect(translated.clauses).toEqual(source.clauses);
      expect(translated.requirements.map((r) => [r.key, r.level, r.criterionKey])).toEqual(
        source.requirements.map((r) => [r.key, r.level, r.criterionKey]),
      );
      const shape = (criteria: readonly Criterion[]): unknown =>
        criteria.map((c) => [c.key, c.kind, c.weight, c.costFormula, shape(c.children ?? [])]);
      expect(shape(translated.award!.criteria)).toEqual(shape(source.award!.criteria));
      expect(translated.guidance.map((note) => note.section)).toEqual(source.guidance.map((note) => note.section));
    }
  });

  it("search text holds the clause titles in the template's language", () => {
    const french = DEMO_TEMPLATES.find((template) => template.language === "fr")!;
    const columns = versionColumns(french.versions[0]!, "fr");
    expect(columns.searchText).toContain("Accessibilité");
    expect(columns.cpvPrefixes).toEqual(french.versions[0]!.content.intendedUse.cpvPrefixes);
  });
});
