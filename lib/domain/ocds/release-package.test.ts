import { describe, expect, it } from "vitest";
import { releasePackageProblems } from "@/scripts/testing/ocds-validator";
import type { OcdsRelease } from "./ocds-model";
import { contractingProcessReleases, releasePackage } from "./release-package";
import { cpvLabel, sampleAward, sampleProcess, SETTINGS } from "./testing/sample-process";

const TODAY = "2026-05-04";
const releasesOf = (...args: Parameters<typeof sampleProcess>) =>
  contractingProcessReleases(sampleProcess(...args), SETTINGS, cpvLabel, TODAY);
const packageOf = (releases: OcdsRelease[]) =>
  releasePackage({ uri: "https://tenders.example.eu/api/ocds/releases", releases, settings: SETTINGS });

describe("the OCDS releases of a contracting process, by status", () => {
  it("a draft, a tender in review and an approved tender have none", () => {
    for (const status of ["DRAFT", "IN_REVIEW", "APPROVED"] as const) {
      expect(releasesOf(status)).toEqual([]);
      // Even one that somehow holds award decisions.
      expect(releasesOf(status, {}, { awards: [sampleAward()] })).toEqual([]);
    }
  });

  it("PUBLISHED: one tender release with the whole tender section", () => {
    const [release, ...others] = releasesOf("PUBLISHED");
    expect(others).toEqual([]);
    expect(release).toEqual({
      ocid: "ocds-abc123-cltender0001",
      id: "tender-7",
      // updatedAt to the second.
      date: "2026-04-10T08:15:30Z",
      tag: ["tender"],
      initiationType: "tender",
      language: "en",
      buyer: { id: "clorg0001", name: "Ministry of Digital Affairs" },
      parties: [{ id: "clorg0001", name: "Ministry of Digital Affairs", roles: ["buyer", "procuringEntity"] }],
      tender: {
        id: "MIN-2026-0042",
        title: "Case management platform",
        description: "A case management platform for the ministry's caseworkers.",
        status: "active",
        procuringEntity: { id: "clorg0001", name: "Ministry of Digital Affairs" },
        items: [
          {
            id: "1",
            description: "Case management platform",
            classification: { scheme: "CPV", id: "72230000", description: "Custom software development services" },
            additionalClassifications: [{ scheme: "CPV", id: "72260000", description: "Software-related services" }],
          },
        ],
        // 240,000,000 cents = EUR 2,400,000.
        value: { amount: 2_400_000, currency: "EUR" },
        procurementMethod: "open",
        procurementMethodDetails: "Open procedure",
        mainProcurementCategory: "services",
        awardCriteria: "ratedCriteria",
        awardCriteriaDetails: "Total cost of ownership 40 %; Quality 60 % (Fit to needs 50 %, Exit plan 50 %)",
        // From the publication day's start to the deadline day's end.
        tenderPeriod: { startDate: "2026-03-01T00:00:00Z", endDate: "2026-04-02T23:59:59Z" },
        enquiryPeriod: { startDate: "2026-03-01T00:00:00Z", endDate: "2026-03-20T23:59:59Z" },
      },
    });
    expect(releasePackageProblems(packageOf([release!]))).toEqual([]);
  });

  it("EVALUATION: still active, and no award is published while lots remain to decide", () => {
    const releases = releasesOf("EVALUATION", {}, { awards: [sampleAward()] });
    expect(releases.map((release) => [release.id, release.tender.status])).toEqual([["tender-7", "active"]]);
    expect(releasePackageProblems(packageOf(releases))).toEqual([]);
  });

  it("AWARDED: the tender is complete, and each decision is an award release", () => {
    const releases = releasesOf("AWARDED", {}, { awards: [sampleAward()] });
    expect(releases.map((release) => [release.id, release.tag, release.tender.status])).toEqual([
      ["tender-7", ["tender"], "complete"],
      ["award-cldecision01", ["award"], undefined],
    ]);
    expect(releases[1]).toEqual({
      ocid: "ocds-abc123-cltender0001",
      id: "award-cldecision01",
      date: "2026-04-20T10:00:00Z",
      tag: ["award"],
      initiationType: "tender",
      language: "en",
      buyer: { id: "clorg0001", name: "Ministry of Digital Affairs" },
      parties: [
        { id: "clorg0001", name: "Ministry of Digital Affairs", roles: ["buyer", "procuringEntity"] },
        { id: "supplier-clbid0003", name: "Gamma Software", roles: ["supplier"] },
      ],
      tender: { id: "MIN-2026-0042" },
      awards: [
        {
          id: "cldecision01",
          // Today (4 May) is after the standstill's last day (30 April).
          status: "active",
          date: "2026-04-20T00:00:00Z",
          // 12,500,050 cents = EUR 125,000.50.
          value: { amount: 125_000.5, currency: "EUR" },
          suppliers: [{ id: "supplier-clbid0003", name: "Gamma Software" }],
        },
      ],
    });
    expect(releasePackageProblems(packageOf(releases))).toEqual([]);
  });

  it("AWARDED without a winner: unsuccessful, no supplier, no value", () => {
    const releases = releasesOf("AWARDED", {}, { awards: [sampleAward({ winner: null })] });
    expect(releases[0]!.tender.status).toBe("unsuccessful");
    expect(releases[1]!.parties.map((party) => party.roles)).toEqual([["buyer", "procuringEntity"]]);
    expect(releases[1]!.awards).toEqual([{ id: "cldecision01", status: "unsuccessful", date: "2026-04-20T00:00:00Z" }]);
    expect(releasePackageProblems(packageOf(releases))).toEqual([]);
  });

  it("AWARDED, a winner whose bid states no price: the award has no value", () => {
    const award = sampleAward({ winner: { bidId: "clbid0003", name: "Gamma Software", priceCents: null } });
    const [, release] = releasesOf("AWARDED", {}, { awards: [award] });
    expect(release!.awards![0]).not.toHaveProperty("value");
  });

  it("CANCELLED after publication: a tender cancellation; a draft cancelled before publication: nothing", () => {
    const releases = releasesOf("CANCELLED", {}, { awards: [sampleAward()] });
    expect(releases.map((release) => [release.tag, release.tender.status])).toEqual([
      [["tenderCancellation"], "cancelled"],
    ]);
    expect(releasePackageProblems(packageOf(releases))).toEqual([]);
    expect(releasesOf("CANCELLED", { wasPublished: false })).toEqual([]);
  });
});
