import { describe, expect, it } from "vitest";
import { mergePatch, releasePackageProblems } from "./ocds-validator";

/** A minimal valid package, written out by hand from the OCDS 1.1 schema. */
function validPackage() {
  return {
    uri: "https://tenders.example.eu/api/ocds/releases",
    version: "1.1",
    publishedDate: "2026-04-10T08:15:30Z",
    publisher: { name: "Ministry" },
    releases: [
      {
        ocid: "ocds-abc123-t1",
        id: "tender-1",
        date: "2026-04-10T08:15:30Z",
        tag: ["tender"],
        initiationType: "tender",
        tender: {
          id: "MIN-1",
          awardCriteria: "ratedCriteria",
          items: [{ id: "1", classification: { scheme: "CPV", id: "72230000" }, relatedLot: "LOT-1" }],
          lots: [{ id: "LOT-1", status: "active", value: { amount: 10, currency: "EUR" } }],
        },
      },
    ],
  };
}

type Mutable = ReturnType<typeof validPackage> & Record<string, unknown>;

function problemsAfter(change: (pkg: Mutable) => void): string[] {
  const pkg = validPackage() as Mutable;
  change(pkg);
  return releasePackageProblems(pkg);
}

describe("the OCDS validator the tests use", () => {
  it("accepts a valid package with lots", () => {
    expect(releasePackageProblems(validPackage())).toEqual([]);
  });

  it.each<[string, (pkg: Mutable) => void, string]>([
    ["a release without ocid", (pkg) => delete (pkg.releases[0] as Record<string, unknown>).ocid, "ocid"],
    ["a date without time zone", (pkg) => (pkg.publishedDate = "2026-04-10T08:15:30"), "date-time"],
    ["a tag outside releaseTag", (pkg) => (pkg.releases[0]!.tag = ["notice"]), "/releases/0/tag/0"],
    ["an unknown currency", (pkg) => (pkg.releases[0]!.tender.lots[0]!.value.currency = "XYZ"), "currency"],
    ["a lot status outside tenderStatus", (pkg) => (pkg.releases[0]!.tender.lots[0]!.status = "open"), "status"],
    [
      "a deprecated awardCriteria code",
      (pkg) => (pkg.releases[0]!.tender.awardCriteria = "bestProposal"),
      "awardCriteria.csv",
    ],
    [
      "a code not in an open codelist",
      (pkg) => (pkg.releases[0]!.tender.items[0]!.classification.scheme = "NUTS"),
      "itemClassificationScheme.csv",
    ],
    ["no release at all", (pkg) => (pkg.releases = []), "fewer than 1"],
    ["a version without minor", (pkg) => (pkg.version = "1"), "pattern"],
  ])("refuses %s", (_, change, expected) => {
    expect(problemsAfter(change).join("\n")).toContain(expected);
  });

  it("merges an extension as JSON Merge Patch (RFC 7386): objects merge, null removes, the rest replaces", () => {
    expect(mergePatch({ a: { b: 1, c: 2 }, d: [1], e: 1 }, { a: { c: null, f: 3 }, d: [2], g: "x" })).toEqual({
      a: { b: 1, f: 3 },
      d: [2],
      e: 1,
      g: "x",
    });
  });
});
