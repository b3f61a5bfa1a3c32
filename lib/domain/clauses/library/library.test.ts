import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { validateClauseDefinition, validateClauseLibrary } from "../clause-definition";
import { CLAUSE_CATEGORIES, type TenderProfile } from "../clause-model";
import { validateClauseParameters } from "../clause-parameters";
import { CLAUSE_TOPICS, REQUIRED_CLAUSE_TOPICS } from "../clause-topics";
import { recommendedClauses } from "../recommend-clauses";
import { renderClause } from "../render-clause";
import { CLAUSE_LIBRARY, findLibraryClause } from "./index";

describe("the clause library", () => {
  it("has at least 30 clauses with unique kebab-case keys, all at version 1", () => {
    expect(CLAUSE_LIBRARY.length).toBeGreaterThanOrEqual(30);
    const keys = CLAUSE_LIBRARY.map((clause) => clause.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const clause of CLAUSE_LIBRARY) {
      expect(clause.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(clause.version).toBe(1);
    }
  });

  it("passes the library checks: every clause valid, every required topic covered", () => {
    expect(validateClauseLibrary(CLAUSE_LIBRARY)).toEqual([]);
  });

  it.each(CLAUSE_LIBRARY.map((clause) => [clause.key, clause] as const))(
    "%s: valid in en, fr and de, every placeholder declared and every parameter used",
    (_key, clause) => {
      expect(validateClauseDefinition(clause)).toEqual([]);
      for (const locale of LOCALES) expect(clause.content[locale].body.trim()).not.toBe("");
    },
  );

  it("covers every topic and every category with at least one clause", () => {
    for (const topic of CLAUSE_TOPICS) {
      expect(
        CLAUSE_LIBRARY.some((clause) => clause.topics.includes(topic)),
        topic,
      ).toBe(true);
    }
    for (const category of CLAUSE_CATEGORIES) {
      expect(
        CLAUSE_LIBRARY.some((clause) => clause.category === category),
        category,
      ).toBe(true);
    }
  });

  it("has a mandatory clause for every required topic", () => {
    for (const topic of REQUIRED_CLAUSE_TOPICS) {
      expect(
        CLAUSE_LIBRARY.some((clause) => clause.status === "MANDATORY" && clause.topics.includes(topic)),
        topic,
      ).toBe(true);
    }
  });

  it("gives every clause a legal basis", () => {
    for (const clause of CLAUSE_LIBRARY) expect(clause.legalBasis.length, clause.key).toBeGreaterThan(0);
  });

  it("can add any clause without input: defaults are valid and fill every placeholder", () => {
    for (const clause of CLAUSE_LIBRARY) {
      expect(validateClauseParameters(clause, {}), clause.key).toEqual([]);
      for (const locale of LOCALES) {
        const { title, body } = renderClause(clause, {}, locale);
        expect(`${title}\n${body}`, `${clause.key} (${locale})`).not.toMatch(/\{\{|\}\}|\\\[/);
      }
    }
  });

  it("is really translated: no language version copies another", () => {
    for (const clause of CLAUSE_LIBRARY) {
      const { en, fr, de } = clause.content;
      // Titles may coincide ("Documentation"); bodies and guidance may not.
      expect(new Set([en.body, fr.body, de.body]).size, clause.key).toBe(3);
      expect(new Set([en.guidance.why, fr.guidance.why, de.guidance.why]).size, clause.key).toBe(3);
    }
  });

  it("finds shipped clauses by key", () => {
    expect(findLibraryClause("deliverables-licence")?.status).toBe("MANDATORY");
    expect(findLibraryClause("no-such-clause")).toBeUndefined();
  });
});

describe("rendering library clauses", () => {
  it("writes the deliverables licence with the chosen licence, in English", () => {
    const clause = findLibraryClause("deliverables-licence")!;
    const { title, body } = renderClause(clause, { softwareLicence: "MPL-2.0" }, "en");
    expect(title).toBe("Licence of the deliverables");
    expect(body.split("\n")[0]).toBe(
      "1. The Contractor licenses all software it develops or adapts for the contract under MPL-2.0 " +
        "(Mozilla Public License 2.0), so that the Contracting Authority may use, study, modify and share it. " +
        "This covers source code, configuration, build and deployment scripts, database schemas and tests.",
    );
    expect(body).toContain(
      "2. Documentation, training material and other deliverables that are not software are licensed under CC-BY-4.0 (Creative Commons Attribution 4.0 International).",
    );
  });

  it("writes the SBOM formats as alternatives, in German", () => {
    const body = renderClause(findLibraryClause("software-bill-of-materials")!, {}, "de").body;
    expect(body).toContain("im Format SPDX 2.3 oder CycloneDX 1.6 (ECMA-424),");
  });

  it("writes the data location option in French", () => {
    const clause = findLibraryClause("data-location-and-jurisdiction")!;
    const body = renderClause(clause, { location: "AUTHORITY_MEMBER_STATE" }, "fr").body;
    expect(body).toContain("que dans des centres de données situés dans l'État membre de l'acheteur.");
  });

  it("reports a negative exit-plan deadline and an unknown licence in library clauses", () => {
    expect(
      validateClauseParameters(findLibraryClause("exit-plan-and-data-portability")!, { exitPlanMonths: -6 }),
    ).toEqual([
      {
        code: "clauses.monthsNegative",
        severity: "error",
        path: "parameters.exitPlanMonths",
        values: { parameter: "exitPlanMonths", value: -6 },
      },
    ]);
    expect(
      validateClauseParameters(findLibraryClause("deliverables-licence")!, { softwareLicence: "EUPL-1.3" }),
    ).toEqual([
      {
        code: "clauses.licenceUnknownWithSuggestion",
        severity: "error",
        path: "parameters.softwareLicence",
        values: { parameter: "softwareLicence", value: "EUPL-1.3", suggestion: "EUPL-1.2" },
      },
    ]);
  });
});

describe("recommendedClauses for tender profiles", () => {
  const keysFor = (tender: TenderProfile) => recommendedClauses(CLAUSE_LIBRARY, tender).map((clause) => clause.key);

  /** Mandatory and recommended clauses that fit every software tender, in document order. */
  const COMMON_BEFORE_EXIT = [
    "deliverables-licence",
    "third-party-components",
    "source-code-delivery",
    "build-instructions",
    "public-repository",
    "documentation",
    "open-formats-documents",
    "open-formats-data",
    "documented-apis",
    "non-open-standards-justification",
    "interoperability-eif",
    "no-vendor-lock-in",
    "exit-plan-and-data-portability",
    "reversibility-assistance",
    "knowledge-transfer",
  ];

  it("software services under an open procedure: hosting clauses in, innovation and CRA clauses out", () => {
    expect(keysFor({ contractNature: "SERVICES", procedureType: "OPEN", cpvCodes: ["72260000"] })).toEqual([
      ...COMMON_BEFORE_EXIT,
      "switching-charges",
      "software-bill-of-materials",
      "vulnerability-handling",
      "signed-releases",
      "accessibility-en-301-549",
      "data-location-and-jurisdiction",
      "maintenance-and-support-levels",
      "price-transparency-tco",
      "upstream-contribution",
      "supply-chain-transparency",
    ]);
  });

  it("supplies of computers: the Cyber Resilience Act clause in, hosting-only clauses out", () => {
    expect(keysFor({ contractNature: "SUPPLIES", procedureType: "RESTRICTED", cpvCodes: ["30213000"] })).toEqual([
      ...COMMON_BEFORE_EXIT,
      "software-bill-of-materials",
      "vulnerability-handling",
      "signed-releases",
      "cyber-resilience-act",
      "accessibility-en-301-549",
      "maintenance-and-support-levels",
      "price-transparency-tco",
      "upstream-contribution",
      "supply-chain-transparency",
    ]);
  });

  it("an innovation partnership: the prototype licence (mandatory) before the phases", () => {
    const keys = keysFor({
      contractNature: "SERVICES",
      procedureType: "INNOVATION_PARTNERSHIP",
      cpvCodes: ["73000000"],
    });
    expect(keys.slice(keys.indexOf("maintenance-and-support-levels"))).toEqual([
      "maintenance-and-support-levels",
      "prototype-licence",
      "innovation-phases",
      "price-transparency-tco",
      "upstream-contribution",
      "supply-chain-transparency",
    ]);
    expect(keys).not.toContain("switching-charges");
  });

  it("a tender with nothing chosen yet gets every mandatory and recommended clause", () => {
    const keys = keysFor({ contractNature: null, procedureType: null, cpvCodes: [] });
    expect(keys).toHaveLength(CLAUSE_LIBRARY.filter((clause) => clause.status !== "OPTIONAL").length);
    expect(keys).toHaveLength(28);
  });

  it("always covers the required topics", () => {
    const profiles: TenderProfile[] = [
      { contractNature: "SERVICES", procedureType: "OPEN", cpvCodes: ["72000000"] },
      { contractNature: "SUPPLIES", procedureType: "OPEN", cpvCodes: ["48000000"] },
      { contractNature: "WORKS", procedureType: "COMPETITIVE_DIALOGUE", cpvCodes: ["45000000"] },
      { contractNature: "SERVICES", procedureType: "INNOVATION_PARTNERSHIP", cpvCodes: [] },
    ];
    for (const profile of profiles) {
      const topics = new Set(recommendedClauses(CLAUSE_LIBRARY, profile).flatMap((clause) => clause.topics));
      for (const topic of REQUIRED_CLAUSE_TOPICS)
        expect(topics.has(topic), `${topic} for ${JSON.stringify(profile)}`).toBe(true);
    }
  });
});
