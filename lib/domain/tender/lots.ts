import type { Problem } from "./problem";
import type { ContractNature } from "./tender-enums";

/** Lots of Directive 2014/24/EU Art. 46, with the value rules of Art. 5(8)–(10). */
export type Lot = {
  /** Stable identifier within the tender (`LOT-1`), which bids and OCDS refer to. */
  key: string;
  title: string;
  description: string;
  /** Main CPV code of the lot (8 digits), when it differs from the tender's. */
  cpv: string | null;
  /** Net of VAT, options and renewals included, in euro cents. */
  estimatedValueCents: number;
};

export type LotValue = {
  key: string;
  /** Net of VAT, options and renewals included (Art. 5(1)), in euro cents. */
  estimatedValueCents: number;
};

/**
 * The value to compare with the EU threshold when a contract is divided into lots: all lots
 * together (Art. 5(8) for works and services, Art. 5(9) for supplies), so splitting never takes a
 * purchase below the threshold (Art. 5(3)).
 */
export function totalLotValueCents(lots: readonly LotValue[]): number {
  return lots.reduce((sum, lot) => sum + lot.estimatedValueCents, 0);
}

const EURO = 100;

/**
 * Art. 5(10): a lot may be awarded outside the Directive's procedures when it is worth less than
 * EUR 80,000 (supplies, services) or EUR 1 million (works), and the lots so awarded do not
 * exceed 20 % of all lots together.
 */
export const SMALL_LOT_RULE = {
  source: "Directive 2014/24/EU Art. 5(10)",
  maxLotCentsExclusive: { SERVICES: 80_000 * EURO, SUPPLIES: 80_000 * EURO, WORKS: 1_000_000 * EURO },
  maxSharePercent: 20,
} as const;

export type SmallLotsProblemCode = "lots.smallLotTooLarge" | "lots.smallLotsShareTooLarge" | "lots.unknownLot";

/** Problems with the lots the authority wants to award outside the Directive (by key). */
export function checkSmallLotsExemption(
  lots: readonly LotValue[],
  exemptKeys: readonly string[],
  nature: ContractNature,
): Problem<SmallLotsProblemCode>[] {
  const problems: Problem<SmallLotsProblemCode>[] = [];
  const limit = SMALL_LOT_RULE.maxLotCentsExclusive[nature];
  let exemptCents = 0;
  for (const key of exemptKeys) {
    const lot = lots.find((candidate) => candidate.key === key);
    if (!lot) {
      problems.push({ code: "lots.unknownLot", severity: "error", values: { lot: key } });
      continue;
    }
    exemptCents += lot.estimatedValueCents;
    if (lot.estimatedValueCents >= limit) {
      problems.push({ code: "lots.smallLotTooLarge", severity: "error", values: { lot: key, limitCents: limit } });
    }
  }
  // Compared in whole cents: exempt × 100 ≤ total × 20, with no rounding of the 20 %.
  const totalCents = totalLotValueCents(lots);
  if (exemptCents * 100 > totalCents * SMALL_LOT_RULE.maxSharePercent) {
    problems.push({
      code: "lots.smallLotsShareTooLarge",
      severity: "error",
      values: { exemptCents, totalCents, maxSharePercent: SMALL_LOT_RULE.maxSharePercent },
    });
  }
  return problems;
}

export type LotDivision = {
  lotCount: number;
  /** Main reasons for not dividing, stated in the documents or the procurement report. */
  reasonsForNotDividing: string;
  isAboveThreshold: boolean;
};

/**
 * Art. 46(1) second subparagraph: an authority that does not divide a contract into lots must
 * state its main reasons (in the documents or the Art. 84 report). Below the threshold it is only
 * advice, as national law governs.
 */
export function checkLotDivision(division: LotDivision): Problem<"lots.reasonsForNotDividingMissing">[] {
  if (division.lotCount > 1 || division.reasonsForNotDividing.trim() !== "") return [];
  return [
    {
      code: "lots.reasonsForNotDividingMissing",
      severity: division.isAboveThreshold ? "error" : "warning",
      path: "reasonsForNotDividing",
    },
  ];
}
