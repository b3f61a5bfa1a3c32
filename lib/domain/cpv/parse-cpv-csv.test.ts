import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCpvCsv, parseCsvRows } from "./parse-cpv-csv";

const csv = readFileSync(new URL("../../../data/cpv/cpv2008.csv", import.meta.url), "utf8");

describe("parseCsvRows", () => {
  it.each([
    ["plain fields", "a,b,c\n", [["a", "b", "c"]]],
    ["quoted comma", 'a,"b, c",d\n', [["a", "b, c", "d"]]],
    ["doubled quotes", '"say ""hi""",x\n', [['say "hi"', "x"]]],
    ["line break in quotes", '"two\nlines",x\n', [["two\nlines", "x"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
    ["empty quoted field", '"",x\n', [["", "x"]]],
    [
      "CRLF and no final line end",
      "a,b\r\nc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["blank lines skipped", "a\n\nb\n", [["a"], ["b"]]],
  ])("%s", (_, text, rows) => {
    expect(parseCsvRows(text)).toEqual(rows);
  });

  it("rejects a quote inside a bare field and an unclosed quote", () => {
    expect(() => parseCsvRows('a"b,c\n')).toThrow();
    expect(() => parseCsvRows('"open,c\n')).toThrow();
  });
});

describe("parseCpvCsv", () => {
  const entries = parseCpvCsv(csv);

  it("reads all 9,454 codes of data/cpv/cpv2008.csv, distinct and sorted", () => {
    expect(entries).toHaveLength(9454);
    const codes = entries.map((entry) => entry.code8);
    expect(new Set(codes).size).toBe(9454);
    expect([...codes].sort()).toEqual(codes);
    expect(entries[0]).toEqual({
      code8: "03000000",
      checkDigit: "1",
      labels: {
        en: "Agricultural, farming, fishing, forestry and related products",
        fr: "Produits agricoles, de l'élevage, de la pêche, de la sylviculture et produits connexes",
        de: "Landwirtschaftliche Erzeugnisse des Pflanzenbaus und der Tierhaltung sowie Fischerei-, Forst- und zugehörige Erzeugnisse",
      },
    });
  });

  it("keeps the labels checked in data/cpv/README.md", () => {
    const byCode = new Map(entries.map((entry) => [entry.code8, entry]));
    expect(byCode.get("48000000")).toEqual({
      code8: "48000000",
      checkDigit: "8",
      labels: {
        en: "Software package and information systems",
        fr: "Logiciels et systèmes d'information",
        de: "Softwarepaket und Informationssysteme",
      },
    });
    expect(byCode.get("72260000")?.checkDigit).toBe("5");
    expect(byCode.get("72260000")?.labels.de).toBe("Dienstleistungen in Verbindung mit Software");
    expect(byCode.get("72212170")?.labels.de).toBe('Entwicklung von Konformitätssoftware ("Compliance software")');
  });

  it("rejects a wrong header, a malformed code and an empty label", () => {
    expect(() => parseCpvCsv("code,label_en\n")).toThrow(/header/);
    expect(() => parseCpvCsv("code,label_en,label_fr,label_de\n7226,a,b,c\n")).toThrow(/row 2/);
    expect(() => parseCpvCsv("code,label_en,label_fr,label_de\n72260000-5,a,,c\n")).toThrow(/empty label/);
    expect(() => parseCpvCsv("code,label_en,label_fr,label_de\n72260000-5,a,b\n")).toThrow(/fields/);
  });

  it("ignores a byte order mark", () => {
    expect(parseCpvCsv("\uFEFFcode,label_en,label_fr,label_de\n72260000-5,a,b,c\n")).toHaveLength(1);
  });
});
