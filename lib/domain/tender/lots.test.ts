import { describe, expect, it } from "vitest";
import { checkLotDivision, checkSmallLotsExemption, totalLotValueCents, type LotValue } from "./lots";

describe("lot values (Art. 5(8)–(10))", () => {
  it("adds up every lot for the threshold", () => {
    expect(totalLotValueCents([])).toBe(0);
    expect(
      totalLotValueCents([
        { key: "1", estimatedValueCents: 12_000_000 },
        { key: "2", estimatedValueCents: 9_000_000 },
      ]),
    ).toBe(21_000_000);
  });

  // Four lots worth EUR 300,000 in all; 20 % of that is EUR 60,000.
  const lots: LotValue[] = [
    { key: "hosting", estimatedValueCents: 18_000_000 },
    { key: "training", estimatedValueCents: 6_000_000 },
    { key: "audit", estimatedValueCents: 3_000_000 },
    { key: "translation", estimatedValueCents: 3_000_000 },
  ];

  it.each<[string, string[], string[]]>([
    ["no lot exempted", [], []],
    ["one lot at exactly 20 % of the total", ["training"], []],
    ["two lots at exactly 20 % together", ["audit", "translation"], []],
    ["lots above 20 % together (EUR 90,000 of 300,000)", ["training", "audit"], ["lots.smallLotsShareTooLarge"]],
    ["a lot that is not small", ["hosting"], ["lots.smallLotTooLarge", "lots.smallLotsShareTooLarge"]],
    ["a lot that does not exist", ["catering"], ["lots.unknownLot"]],
  ])("%s", (_name, exempt, codes) => {
    expect(checkSmallLotsExemption(lots, exempt, "SERVICES").map((problem) => problem.code)).toEqual(codes);
  });

  it.each([
    // Limits: under EUR 80,000 for services and supplies, under EUR 1 million for works.
    ["SERVICES", 7_999_999, false],
    ["SERVICES", 8_000_000, true],
    ["SUPPLIES", 8_000_001, true],
    ["WORKS", 99_999_999, false],
    ["WORKS", 100_000_000, true],
  ] as const)("a %s lot of %i cents is too large to exempt: %s", (nature, value, tooLarge) => {
    // A total large enough that the 20 % rule never bites.
    const big: LotValue[] = [
      { key: "small", estimatedValueCents: value },
      { key: "main", estimatedValueCents: 1_000_000_000 },
    ];
    const codes = checkSmallLotsExemption(big, ["small"], nature).map((problem) => problem.code);
    expect(codes.includes("lots.smallLotTooLarge")).toBe(tooLarge);
  });

  it("reports the limit that was exceeded", () => {
    expect(checkSmallLotsExemption(lots, ["hosting"], "SERVICES")[0]).toEqual({
      code: "lots.smallLotTooLarge",
      severity: "error",
      values: { lot: "hosting", limitCents: 8_000_000 },
    });
  });
});

describe("reasons for not dividing into lots (Art. 46(1))", () => {
  it.each([
    [1, "", true, "error"],
    [1, "  ", true, "error"],
    [0, "", true, "error"],
    [1, "", false, "warning"],
    [1, "One integrated platform: interfaces between lots would cost more than they save.", true, null],
    [2, "", true, null],
  ])("%i lot(s), reasons %j, above threshold %s → %s", (lotCount, reasons, above, severity) => {
    const problems = checkLotDivision({ lotCount, reasonsForNotDividing: reasons, isAboveThreshold: above });
    expect(problems.map((problem) => problem.severity)).toEqual(severity ? [severity] : []);
  });
});
