import { describe, expect, it } from "vitest";
import {
  checkLotDivision,
  checkLotList,
  checkLots,
  checkSmallLotsExemption,
  compareLotTotal,
  nextLotKey,
  totalLotValueCents,
  type LotValue,
} from "./lots";

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

describe("keys of new lots", () => {
  it.each<[string[], string]>([
    [[], "LOT-1"],
    [["LOT-1", "LOT-2"], "LOT-3"],
    // LOT-2 was removed: the next lot is LOT-4, never a second LOT-2 or a shifted LOT-3.
    [["LOT-1", "LOT-3"], "LOT-4"],
    [["LOT-3", "LOT-1"], "LOT-4"],
    [["LOT-9", "LOT-10"], "LOT-11"],
    // Keys that are not ours (from an import, say) are left alone.
    [["hosting", "LOT-0", "LOT-02", "lot-5"], "LOT-1"],
  ])("after %j comes %s", (keys, next) => {
    expect(nextLotKey(keys)).toBe(next);
  });
});

describe("the lots' total against the tender's estimated value (Art. 5(8))", () => {
  // EUR 1,500,000 + EUR 300,000 = EUR 1,800,000.
  const lots: LotValue[] = [
    { key: "LOT-1", estimatedValueCents: 150_000_000 },
    { key: "LOT-2", estimatedValueCents: 30_000_000 },
  ];

  it.each([
    [180_000_000, "MATCHES"],
    [179_999_999, "ABOVE_ESTIMATE"],
    [200_000_000, "BELOW_ESTIMATE"],
  ] as const)("against an estimate of %i cents: %s", (estimate, outcome) => {
    expect(compareLotTotal(lots, estimate)).toEqual({
      totalCents: 180_000_000,
      estimatedValueCents: estimate,
      outcome,
    });
  });

  const answer = { lots, reasonsForNotDividing: "", estimatedValueCents: 180_000_000, isAboveThreshold: true };

  it("finds nothing wrong with two lots that add up to the estimate", () => {
    expect(checkLots(answer)).toEqual([]);
  });

  it("warns, with both amounts, when the lots add up to more or less than the estimate", () => {
    expect(checkLots({ ...answer, estimatedValueCents: 150_000_000 })).toEqual([
      {
        code: "lots.totalAboveEstimate",
        severity: "warning",
        path: "lotCount",
        values: { totalCents: 180_000_000, estimatedValueCents: 150_000_000 },
      },
    ]);
    expect(checkLots({ ...answer, estimatedValueCents: 240_000_000 }).map((problem) => problem.code)).toEqual([
      "lots.totalBelowEstimate",
    ]);
  });

  it("does not compare before the estimate is given", () => {
    expect(checkLots({ ...answer, estimatedValueCents: null })).toEqual([]);
  });

  it("calls one lot no division, whatever the reasons say", () => {
    const one = { ...answer, lots: [lots[0]!], estimatedValueCents: 150_000_000, reasonsForNotDividing: "Because." };
    expect(checkLots(one)).toEqual([{ code: "lots.tooFew", severity: "error", path: "lotCount" }]);
  });

  it("flags a key used twice, at the second lot", () => {
    const twice = [...lots, { key: "LOT-1", estimatedValueCents: 0 }];
    expect(checkLots({ ...answer, lots: twice })).toEqual([
      { code: "lots.keyDuplicate", severity: "error", path: "lots.2.key", values: { lot: "LOT-1" } },
    ]);
  });

  it("asks for the reasons when there are no lots: an error above the threshold, advice below", () => {
    const undivided = { ...answer, lots: [] };
    expect(checkLots(undivided).map((problem) => problem.severity)).toEqual(["error"]);
    expect(checkLots({ ...undivided, isAboveThreshold: false }).map((problem) => problem.severity)).toEqual([
      "warning",
    ]);
    expect(checkLots({ ...undivided, reasonsForNotDividing: "One integrated service." })).toEqual([]);
  });

  it("asks a divided contract for two lots at least", () => {
    expect(checkLotList([]).map((problem) => problem.code)).toEqual(["lots.tooFew"]);
    expect(checkLotList([{ key: "LOT-1" }]).map((problem) => problem.code)).toEqual(["lots.tooFew"]);
    expect(checkLotList([{ key: "LOT-1" }, { key: "LOT-2" }])).toEqual([]);
  });
});
