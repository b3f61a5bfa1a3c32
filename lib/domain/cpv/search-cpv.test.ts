import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { parseCpvCsv } from "./parse-cpv-csv";
import { buildCpvIndex, foldForSearch, searchCpv, searchWords } from "./search-cpv";

const index = buildCpvIndex(
  parseCpvCsv(readFileSync(new URL("../../../data/cpv/cpv2008.csv", import.meta.url), "utf8")),
);
const codes = (query: string, locale: Locale = "en", limit = 20) =>
  searchCpv(index, query, locale, limit).map((entry) => `${entry.code8}-${entry.checkDigit}`);

describe("folding", () => {
  it("ignores case and accents, and spells out ß, œ and æ", () => {
    expect(foldForSearch("Sécurité")).toBe("securite");
    expect(foldForSearch("Straßenreinigung")).toBe("strassenreinigung");
    expect(foldForSearch("Œuvres")).toBe("oeuvres");
    expect(foldForSearch("Müll")).toBe("mull");
  });

  it("splits words at spaces, apostrophes and hyphens", () => {
    expect(searchWords("Logiciels et systèmes d'information")).toEqual([
      "logiciels",
      "et",
      "systemes",
      "d",
      "information",
    ]);
    expect(searchWords("Software-related services")).toEqual(["software", "related", "services"]);
  });
});

describe("searchCpv by code", () => {
  it("puts the code itself first for a prefix, then its subdivisions in code order", () => {
    expect(codes("7226", "en", 4)).toEqual(["72260000-5", "72261000-2", "72262000-9", "72263000-6"]);
  });

  it("lists upper levels first: the division, then its groups", () => {
    expect(codes("72", "en", 3)).toEqual(["72000000-5", "72100000-6", "72200000-7"]);
  });

  it("returns only prefix matches", () => {
    const found = searchCpv(index, "722", "en", 50);
    expect(found.length).toBe(50);
    expect(found.every((entry) => entry.code8.startsWith("722"))).toBe(true);
  });

  it("finds an exact code typed in any form", () => {
    for (const query of ["72260000", "72260000-5", "72 26 00 00", "7226 0000-5"]) {
      expect(codes(query, "fr", 5), query).toEqual(["72260000-5"]);
    }
  });

  it("goes down the levels: 30192100 before the 7-digit codes below it", () => {
    expect(codes("301921", "en", 3)).toEqual(["30192100-2", "30192110-5", "30192130-1"]);
    expect(codes("30192100")).toEqual(["30192100-2"]);
  });

  it("finds nothing for an unknown code, a wrong check digit or too many digits", () => {
    expect(codes("99")).toEqual([]);
    expect(codes("72269000")).toEqual([]);
    expect(codes("72260000-4")).toEqual([]);
    expect(codes("7226000012")).toEqual([]);
  });
});

describe("searchCpv by words", () => {
  it("finds French labels by a word prefix, the label starting with it first", () => {
    const found = searchCpv(index, "logiciel", "fr", 200);
    expect(found[0]).toMatchObject({ code8: "48000000", labels: { fr: "Logiciels et systèmes d'information" } });
    expect(found.map((entry) => entry.code8)).toContain("72260000"); // Services relatifs aux logiciels
  });

  it("finds English labels", () => {
    expect(codes("software", "en", 2)).toEqual(["48000000-8", "48700000-5"]);
    expect(codes("Software-related", "en", 5)).toEqual(["72260000-5"]);
  });

  it("ranks labels that start with the query before other matches", () => {
    const found = searchCpv(index, "software", "en", 200);
    const starts = found.map((entry) => foldForSearch(entry.labels.en).startsWith("software"));
    expect(starts.indexOf(false)).toBeGreaterThan(0);
    expect(starts.slice(starts.indexOf(false))).not.toContain(true);
  });

  it("ignores accents and case", () => {
    const found = searchCpv(index, "SECURITE", "fr", 50);
    expect(found.map((entry) => entry.code8)).toContain("48730000"); // Logiciels de sécurité
    expect(found.every((entry) => /sécurité/i.test(entry.labels.fr))).toBe(true);
    expect(codes("strassenreinigung", "de", 5)).toContain("90610000-6"); // Straßenreinigung und …
  });

  it("needs every word, each as the start of a label word", () => {
    expect(codes("services logiciels", "fr", 50)).toContain("72260000-5");
    expect(codes("relatifs logiciels", "fr", 50)).toEqual(["72260000-5"]);
    expect(codes("soft dev", "en", 50)).toContain("72262000-9"); // Software development services
    // "ware" is inside "software" but starts no word.
    expect(codes("ware", "en", 200)).not.toContain("48000000-8");
  });

  it("searches the requested language only", () => {
    expect(codes("logiciel", "en")).toEqual([]);
    expect(codes("software", "de", 200)).toContain("72262000-9"); // Software-Entwicklung
  });

  it("returns nothing for an empty query and at most `limit` results", () => {
    expect(codes("")).toEqual([]);
    expect(codes("  '- ")).toEqual([]);
    expect(codes("s", "en", 7)).toHaveLength(7);
    expect(codes("software", "en", 0)).toEqual([]);
  });
});
