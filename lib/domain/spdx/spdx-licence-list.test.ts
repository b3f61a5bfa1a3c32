import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance";
import {
  EUPL_1_2_COMPATIBLE_LICENCE_IDS,
  SPDX_EXCEPTIONS,
  SPDX_LICENCES,
  SPDX_LICENSE_LIST_VERSION,
  deprecatedLicenceReplacement,
  findSpdxException,
  findSpdxLicence,
  isDeprecated,
  isEuplCompatible,
  isFsfLibre,
  isOsiApproved,
  lookupSpdxLicence,
  suggestSpdxLicence,
} from "./spdx-licence-list";

describe("the SPDX License List data", () => {
  it("is version 3.28.0 with the counts its README states", () => {
    expect(SPDX_LICENSE_LIST_VERSION).toBe("3.28.0");
    expect(SPDX_LICENCES).toHaveLength(727);
    expect(SPDX_LICENCES.filter((licence) => licence.isOsiApproved)).toHaveLength(149);
    expect(SPDX_LICENCES.filter((licence) => licence.isFsfLibre === true)).toHaveLength(127);
    expect(SPDX_LICENCES.filter((licence) => licence.isDeprecated)).toHaveLength(32);
    expect(SPDX_EXCEPTIONS).toHaveLength(84);
  });

  it("names licences and links to their page", () => {
    expect(findSpdxLicence("EUPL-1.2")).toEqual({
      id: "EUPL-1.2",
      name: "European Union Public License 1.2",
      isOsiApproved: true,
      isFsfLibre: true,
      isDeprecated: false,
      reference: "https://spdx.org/licenses/EUPL-1.2.html",
    });
    expect(findSpdxLicence("eupl-1.2")).toBeUndefined();
  });
});

describe("lookupSpdxLicence", () => {
  it("finds exact ids", () => {
    expect(lookupSpdxLicence("Apache-2.0")).toMatchObject({ kind: "exact", licence: { id: "Apache-2.0" } });
  });

  it("tells a differently cased id apart and gives the canonical form", () => {
    expect(lookupSpdxLicence("apache-2.0")).toMatchObject({ kind: "caseMismatch", licence: { id: "Apache-2.0" } });
    expect(lookupSpdxLicence("MPL-2.0")).toMatchObject({ kind: "exact" });
  });

  it.each([
    ["EUPL 1.2", "EUPL-1.2"],
    ["eupl_v1.2", "EUPL-1.2"],
    ["EUPL-1.3", "EUPL-1.2"],
    ["Apache License, Version 2.0", "Apache-2.0"],
    ["European Union Public Licence 1.2", "EUPL-1.2"],
    ["MTI", "MIT"],
    ["GPL-3.0-olny", "GPL-3.0-only"],
  ])("suggests %s → %s", (input, expected) => {
    const lookup = lookupSpdxLicence(input);
    expect(lookup.kind).toBe("unknown");
    expect(lookup.kind === "unknown" && lookup.suggestion?.id).toBe(expected);
  });

  it.each(["Proprietary", "our own licence", "", "   ", "X"])("suggests nothing for %j", (input) => {
    expect(lookupSpdxLicence(input)).toEqual({ kind: "unknown" });
    expect(suggestSpdxLicence(input)).toBeUndefined();
  });
});

describe("licence predicates", () => {
  it.each([
    ["EUPL-1.2", true],
    ["eupl-1.2", true],
    ["MIT", true],
    ["BUSL-1.1", false],
    ["SSPL-1.0", false],
    ["Elastic-2.0", false],
    ["CC-BY-4.0", false],
    ["CC0-1.0", false],
    ["no-such-licence", false],
  ])("isOsiApproved(%s) is %s", (id, expected) => {
    expect(isOsiApproved(id)).toBe(expected);
  });

  it("keeps the FSF's silence distinct from a no", () => {
    expect(isFsfLibre("CC0-1.0")).toBe(true);
    expect(isFsfLibre("BUSL-1.1")).toBeUndefined();
    expect(isFsfLibre("unknown")).toBeUndefined();
  });

  it("knows deprecated ids and their successors", () => {
    expect(isDeprecated("GPL-3.0")).toBe(true);
    expect(isDeprecated("GPL-3.0-only")).toBe(false);
    expect(deprecatedLicenceReplacement("GPL-3.0")?.id).toBe("GPL-3.0-only");
    expect(deprecatedLicenceReplacement("LGPL-2.1+")?.id).toBe("LGPL-2.1-or-later");
    expect(deprecatedLicenceReplacement("AGPL-3.0")?.id).toBe("AGPL-3.0-only");
    expect(deprecatedLicenceReplacement("GPL-2.0-with-classpath-exception")).toBeUndefined();
    expect(deprecatedLicenceReplacement("MIT")).toBeUndefined();
  });

  it("knows the EUPL v1.2 Appendix", () => {
    expect(EUPL_1_2_COMPATIBLE_LICENCE_IDS).toHaveLength(21);
    expect(isEuplCompatible("MPL-2.0")).toBe(true);
    expect(isEuplCompatible("gpl-3.0-or-later")).toBe(true);
    expect(isEuplCompatible("EPL-2.0")).toBe(false);
    expect(isEuplCompatible("Apache-2.0")).toBe(false);
  });

  it("every id of the EUPL Appendix is a current id on the list", () => {
    for (const id of EUPL_1_2_COMPATIBLE_LICENCE_IDS) expect(findSpdxLicence(id)?.isDeprecated).toBe(false);
  });

  it("finds exceptions for WITH, whatever the case", () => {
    expect(findSpdxException("classpath-exception-2.0")?.id).toBe("Classpath-exception-2.0");
    expect(findSpdxException("No-such-exception")).toBeUndefined();
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["mit", "mit", 0],
    ["mit", "mti", 1],
    ["eupl-1.2", "eupl-1.3", 1],
    ["kitten", "sitting", 3],
    ["abc", "", 3],
  ])("%j → %j is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it("stops at the limit", () => {
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});
