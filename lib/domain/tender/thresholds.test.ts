import { describe, expect, it } from "vitest";
import type { AuthorityType } from "../roles";
import type { ContractNature } from "./tender-enums";
import { assessEuThreshold, EU_THRESHOLDS_2026_2027 } from "./thresholds";

const REG = "Commission Delegated Regulation (EU) 2025/2152, amending Directive 2014/24/EU Art. 4";

describe("EU thresholds 2026–2027", () => {
  it("holds the figures of Delegated Regulation (EU) 2025/2152, in cents", () => {
    expect(EU_THRESHOLDS_2026_2027).toMatchObject({
      worksCents: 540_400_000,
      centralSuppliesServicesCents: 14_000_000,
      subCentralSuppliesServicesCents: 21_600_000,
      socialServicesCents: 75_000_000,
      validFrom: "2026-01-01",
      validUntil: "2027-12-31",
    });
  });

  it.each<[AuthorityType, ContractNature, boolean, number, string]>([
    ["CENTRAL", "SERVICES", false, 14_000_000, "Art. 4(b)"],
    ["CENTRAL", "SUPPLIES", false, 14_000_000, "Art. 4(b)"],
    ["SUB_CENTRAL", "SERVICES", false, 21_600_000, "Art. 4(c)"],
    ["SUB_CENTRAL", "SUPPLIES", false, 21_600_000, "Art. 4(c)"],
    ["OTHER", "SERVICES", false, 21_600_000, "Art. 4(c)"],
    ["OTHER", "SUPPLIES", false, 21_600_000, "Art. 4(c)"],
    ["CENTRAL", "WORKS", false, 540_400_000, "Art. 4(a)"],
    ["SUB_CENTRAL", "WORKS", false, 540_400_000, "Art. 4(a)"],
    ["OTHER", "WORKS", false, 540_400_000, "Art. 4(a)"],
    ["CENTRAL", "SERVICES", true, 75_000_000, "Art. 4(d)"],
    ["SUB_CENTRAL", "SERVICES", true, 75_000_000, "Art. 4(d)"],
    ["OTHER", "SERVICES", true, 75_000_000, "Art. 4(d)"],
    // Supplies and works cannot be Annex XIV services: the flag does not change their threshold.
    ["CENTRAL", "SUPPLIES", true, 14_000_000, "Art. 4(b)"],
    ["SUB_CENTRAL", "WORKS", true, 540_400_000, "Art. 4(a)"],
  ])("%s authority, %s (social services: %s): threshold %i cents (%s)", (authorityType, nature, social, cents, art) => {
    const result = assessEuThreshold({
      authorityType,
      contractNature: nature,
      estimatedValueCents: 0,
      socialServices: social,
    });
    expect(result.thresholdCents).toBe(cents);
    expect(result.source).toBe(`Directive 2014/24/EU ${art}; ${REG}`);
  });

  it.each<[AuthorityType, ContractNature, number, boolean]>([
    // EUR 139,999.99 / 140,000.00 / 140,000.01 for a ministry buying services
    ["CENTRAL", "SERVICES", 13_999_999, false],
    ["CENTRAL", "SERVICES", 14_000_000, true],
    ["CENTRAL", "SERVICES", 14_000_001, true],
    // EUR 215,999.99 / 216,000.00 / 216,000.01 for a region or a public body
    ["SUB_CENTRAL", "SUPPLIES", 21_599_999, false],
    ["SUB_CENTRAL", "SUPPLIES", 21_600_000, true],
    ["OTHER", "SERVICES", 21_600_001, true],
    ["OTHER", "SERVICES", 21_599_999, false],
    // A contract of EUR 200,000 is above the central threshold but below the sub-central one.
    ["CENTRAL", "SUPPLIES", 20_000_000, true],
    ["SUB_CENTRAL", "SUPPLIES", 20_000_000, false],
    // EUR 5,403,999.99 / 5,404,000.00 / 5,404,000.01 for works
    ["CENTRAL", "WORKS", 540_399_999, false],
    ["CENTRAL", "WORKS", 540_400_000, true],
    ["CENTRAL", "WORKS", 540_400_001, true],
  ])("%s %s worth %i cents reaches the threshold: %s", (authorityType, nature, value, above) => {
    const result = assessEuThreshold({ authorityType, contractNature: nature, estimatedValueCents: value });
    expect(result.isAboveThreshold).toBe(above);
    expect(result.requiresEuPublication).toBe(above);
  });

  it.each([
    [74_999_999, false],
    [75_000_000, true],
    [75_000_001, true],
  ])("social services worth %i cents reach the EUR 750,000 threshold: %s", (value, above) => {
    expect(
      assessEuThreshold({
        authorityType: "CENTRAL",
        contractNature: "SERVICES",
        estimatedValueCents: value,
        socialServices: true,
      }).isAboveThreshold,
    ).toBe(above);
  });
});
