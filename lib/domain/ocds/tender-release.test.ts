import { describe, expect, it } from "vitest";
import { releasePackageProblems } from "@/scripts/testing/ocds-validator";
import { contractingProcessReleases, releasePackage } from "./release-package";
import { cpvLabel, sampleAward, sampleProcess, SETTINGS } from "./testing/sample-process";

const TODAY = "2026-04-25";
const LOTS = [
  {
    key: "LOT-1",
    title: "Platform",
    description: "The case management platform.",
    cpv: null,
    estimatedValueCents: 150_000_000,
  },
  { key: "LOT-2", title: "Hosting", description: " ", cpv: "72260000", estimatedValueCents: 90_000_050 },
];

describe("a tender divided into lots (lots extension)", () => {
  const process = sampleProcess(
    "AWARDED",
    { lots: LOTS, documentsLanguage: "de", procedureLabel: "Offenes Verfahren" },
    {
      awards: [
        sampleAward({ decisionId: "d1", lotKey: "LOT-1" }),
        sampleAward({ decisionId: "d2", lotKey: "LOT-2", winner: null }),
      ],
    },
  );
  const releases = contractingProcessReleases(process, SETTINGS, cpvLabel, TODAY);
  const tender = releases[0]!.tender;

  it("lists each lot with its value and its own status, and one item per lot tied to it", () => {
    expect(tender.lots).toEqual([
      // LOT-1 has a winner; LOT-2 none. 90,000,050 cents = EUR 900,000.50.
      {
        id: "LOT-1",
        title: "Platform",
        description: "The case management platform.",
        status: "complete",
        value: { amount: 1_500_000, currency: "EUR" },
      },
      { id: "LOT-2", title: "Hosting", status: "unsuccessful", value: { amount: 900_000.5, currency: "EUR" } },
    ]);
    expect(tender.items).toEqual([
      // LOT-1 has no code of its own: the tender's main code, labelled in German.
      {
        id: "LOT-1",
        description: "Platform",
        classification: { scheme: "CPV", id: "72230000", description: "Entwicklung von kundenspezifischer Software" },
        relatedLot: "LOT-1",
      },
      {
        id: "LOT-2",
        description: "Hosting",
        classification: { scheme: "CPV", id: "72260000", description: "Dienstleistungen in Verbindung mit Software" },
        relatedLot: "LOT-2",
      },
    ]);
    expect(releases[0]!.language).toBe("de");
    expect(tender.procurementMethodDetails).toBe("Offenes Verfahren");
  });

  it("publishes one award release per lot, each naming its lot", () => {
    expect(releases.slice(1).map((release) => release.awards)).toEqual([
      [
        {
          id: "d1",
          // Decided on 20 April, standstill up to 30 April: today (25 April) it is pending.
          status: "pending",
          date: "2026-04-20T00:00:00Z",
          value: { amount: 125_000.5, currency: "EUR" },
          suppliers: [{ id: "supplier-clbid0003", name: "Gamma Software" }],
          relatedLots: ["LOT-1"],
        },
      ],
      [{ id: "d2", status: "unsuccessful", date: "2026-04-20T00:00:00Z", relatedLots: ["LOT-2"] }],
    ]);
  });

  it("is a valid package with the lots extension declared", () => {
    const pkg = releasePackage({ uri: "https://tenders.example.eu/api/ocds/releases", releases, settings: SETTINGS });
    expect(pkg.extensions).toEqual([
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
    ]);
    expect(releasePackageProblems(pkg)).toEqual([]);
  });
});

describe("the tender section's other cases", () => {
  const tenderOf = (...args: Parameters<typeof sampleProcess>) =>
    contractingProcessReleases(sampleProcess(...args), SETTINGS, cpvLabel, TODAY)[0]!;

  it("lists the corrigenda as amendments, with their reasons", () => {
    const corrigenda = [
      { number: 1, reason: "Deadline extended after a clarification.", issuedAt: new Date("2026-03-10T09:00:00Z") },
    ];
    expect(tenderOf("PUBLISHED", {}, { corrigenda }).tender.amendments).toEqual([
      { id: "corrigendum-1", date: "2026-03-10T09:00:00Z", rationale: "Deadline extended after a clarification." },
    ]);
  });

  it("a negotiated procedure without publication: limited, with its legal ground", () => {
    const release = tenderOf("PUBLISHED", {
      procedureType: "NEGOTIATED_WITHOUT_PUBLICATION",
      procedureLabel: "Negotiated procedure without prior publication",
      procedureGroundSource: "Directive 2014/24/EU Art. 32(2)(b)(ii)",
      contractNature: "SUPPLIES",
    });
    expect(release.tender).toMatchObject({
      procurementMethod: "limited",
      procurementMethodRationale: "Directive 2014/24/EU Art. 32(2)(b)(ii)",
      mainProcurementCategory: "goods",
    });
  });

  it("a national procedure below the thresholds: no method code, its name only", () => {
    const release = tenderOf("PUBLISHED", {
      procedureType: "BELOW_THRESHOLD_NATIONAL",
      procedureLabel: "Below-threshold national procedure",
    });
    expect(release.tender).not.toHaveProperty("procurementMethod");
    expect(release.tender.procurementMethodDetails).toBe("Below-threshold national procedure");
  });

  it("leaves out what the tender does not say: no summary, value, criteria, codes or dates", () => {
    const release = tenderOf("PUBLISHED", {
      summary: "  ",
      estimatedValueCents: null,
      award: null,
      mainCpv: null,
      additionalCpvs: [],
      contractNature: null,
      procedureType: null,
      procedureLabel: null,
      publicationDate: null,
      clarificationDeadline: null,
      tenderDeadline: null,
    });
    expect(release.tender).toEqual({
      id: "MIN-2026-0042",
      title: "Case management platform",
      status: "active",
      procuringEntity: { id: "clorg0001", name: "Ministry of Digital Affairs" },
      items: [{ id: "1", description: "Case management platform" }],
    });
    const pkg = releasePackage({ uri: "https://tenders.example.eu/x", releases: [release], settings: SETTINGS });
    expect(releasePackageProblems(pkg)).toEqual([]);
  });

  it("publishes documents with a public address, in the tender's language", () => {
    const documents = [
      { id: "notice", documentType: "tenderNotice", title: "Contract notice", url: "https://tenders.example.eu/n.pdf" },
    ];
    const release = tenderOf("PUBLISHED", { documentsLanguage: "fr" }, { documents });
    expect(release.tender.documents).toEqual([{ ...documents[0], language: "fr" }]);
    const pkg = releasePackage({ uri: "https://tenders.example.eu/x", releases: [release], settings: SETTINGS });
    expect(releasePackageProblems(pkg)).toEqual([]);
  });
});

describe("the package", () => {
  it("is dated by its latest release, and carries the publisher, licence and policy", () => {
    const releases = contractingProcessReleases(
      sampleProcess("AWARDED", {}, { awards: [sampleAward()] }),
      { ...SETTINGS, publicationPolicy: "https://tenders.example.eu/policy" },
      cpvLabel,
      TODAY,
    );
    const pkg = releasePackage({
      uri: "https://tenders.example.eu/api/ocds/releases",
      releases,
      settings: { ...SETTINGS, publicationPolicy: "https://tenders.example.eu/policy" },
      links: { next: "https://tenders.example.eu/api/ocds/releases?page=2" },
    });
    // Tender release 10 April, award release 20 April 10:00.
    expect(pkg.publishedDate).toBe("2026-04-20T10:00:00Z");
    expect(pkg).toMatchObject({
      version: "1.1",
      publisher: { name: "Ministry of Digital Affairs", uri: "https://tenders.example.eu" },
      license: "https://creativecommons.org/publicdomain/zero/1.0/",
      publicationPolicy: "https://tenders.example.eu/policy",
      links: { next: "https://tenders.example.eu/api/ocds/releases?page=2" },
    });
    expect(releasePackageProblems(pkg)).toEqual([]);
  });

  it("is never empty", () => {
    expect(() => releasePackage({ uri: "https://x.example", releases: [], settings: SETTINGS })).toThrow(
      "at least one release",
    );
  });
});
