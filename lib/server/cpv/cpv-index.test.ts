import { describe, expect, it } from "vitest";
import { findCpv, getCpvIndex, isKnownCpv } from "./cpv-index";

describe("the CPV index of data/cpv", () => {
  it("loads the 9,454 codes once", () => {
    expect(getCpvIndex().entries).toHaveLength(9454);
    expect(getCpvIndex()).toBe(getCpvIndex());
  });

  it("finds codes in any typed form", () => {
    expect(findCpv("72260000")?.labels.en).toBe("Software-related services");
    expect(findCpv("72260000-5")?.checkDigit).toBe("5");
    expect(findCpv("48 00 00 00")?.labels.fr).toBe("Logiciels et systèmes d'information");
  });

  it("rejects unknown codes and wrong check digits", () => {
    expect(isKnownCpv("72260000")).toBe(true);
    expect(isKnownCpv("72260000-4")).toBe(false);
    expect(isKnownCpv("72269000")).toBe(false);
    expect(isKnownCpv("software")).toBe(false);
  });
});
