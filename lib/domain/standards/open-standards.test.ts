import { describe, expect, it } from "vitest";
import { OPEN_STANDARDS, STANDARD_AREAS, findOpenStandard, suggestOpenStandard } from "./open-standards";

describe("the open standards catalogue", () => {
  it("has unique ids, known areas and https addresses", () => {
    const ids = OPEN_STANDARDS.map((standard) => standard.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const standard of OPEN_STANDARDS) {
      expect(standard.id).toMatch(/^[A-Z0-9]+(?:[-.][A-Z0-9]+)*$/);
      expect(STANDARD_AREAS).toContain(standard.area);
      expect(standard.url).toMatch(/^https:\/\//);
      expect(standard.name.trim()).not.toBe("");
    }
  });

  it.each([
    "ODF-1.3",
    "PDF-A-2",
    "OPENAPI-3.1",
    "CSV-RFC4180",
    "JSON-RFC8259",
    "DCAT-AP-3",
    "OIDC-1.0",
    "SAML-2.0",
    "CALDAV",
    "CARDDAV",
    "IMAP",
    "WEBDAV",
    "SPDX-2.3",
    "CYCLONEDX-1.6",
    "EN-301-549",
  ])("has %s", (id) => {
    expect(findOpenStandard(id)?.id).toBe(id);
  });

  it("names standards as tender documents write them", () => {
    expect(findOpenStandard("ODF-1.3")?.name).toBe("OpenDocument Format (ODF) 1.3");
    expect(findOpenStandard("CYCLONEDX-1.6")?.reference).toContain("ECMA-424");
  });
});

describe("suggestOpenStandard", () => {
  it.each([
    ["odf-1.3", "ODF-1.3"],
    ["pdf a 2", "PDF-A-2"],
    ["CycloneDX", "CYCLONEDX-1.6"],
    ["OpenAPI", "OPENAPI-3.1"],
    ["OpenID Connect", "OIDC-1.0"],
    ["JSON", "JSON-RFC8259"],
  ])("%s → %s", (input, expected) => {
    expect(suggestOpenStandard(input)?.id).toBe(expected);
  });

  it.each(["DOCX", "Office Open XML", "", "  "])("suggests nothing for %j", (input) => {
    expect(suggestOpenStandard(input)).toBeUndefined();
  });
});
