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

/**
 * Art. 46(1) lets the authority divide a contract into lots; one "lot" is no division at all. The
 * upper limit keeps a tender readable for bidders; a contract in more than 50 parts is several
 * tenders.
 */
export const MIN_LOTS = 2;
export const MAX_LOTS = 50;

/** Lot keys read `LOT-1`, `LOT-2`…: bidders, the notice and OCDS name a lot by it. */
export const LOT_KEY_PATTERN = /^LOT-[1-9]\d{0,3}$/;

/**
 * The key of a new lot: one more than the highest number in use. Numbers are never filled in or
 * shifted, so a lot keeps its key when another is removed or moved (bids will refer to it); pass
 * every key the drafter has seen, removed ones included, so a removed key is not given to
 * another lot.
 */
export function nextLotKey(keysInUse: Iterable<string>): string {
  let highest = 0;
  for (const key of keysInUse) {
    if (LOT_KEY_PATTERN.test(key)) highest = Math.max(highest, Number(key.slice("LOT-".length)));
  }
  return `LOT-${highest + 1}`;
}

export type LotTotalComparison = {
  totalCents: number;
  estimatedValueCents: number;
  outcome: "MATCHES" | "ABOVE_ESTIMATE" | "BELOW_ESTIMATE";
};

/**
 * Art. 5(8)–(9): the estimated value of a divided contract is the value of all its lots together,
 * so the tender's estimated value (the scope section's) should be the total of the lots. More
 * means the threshold was assessed on too low a value; less means a part is in no lot.
 */
export function compareLotTotal(lots: readonly LotValue[], estimatedValueCents: number): LotTotalComparison {
  const totalCents = totalLotValueCents(lots);
  const outcome =
    totalCents === estimatedValueCents
      ? "MATCHES"
      : totalCents > estimatedValueCents
        ? "ABOVE_ESTIMATE"
        : "BELOW_ESTIMATE";
  return { totalCents, estimatedValueCents, outcome };
}

export type LotsProblemCode =
  | "lots.reasonsForNotDividingMissing"
  | "lots.tooFew"
  | "lots.keyDuplicate"
  | "lots.totalAboveEstimate"
  | "lots.totalBelowEstimate";

export type LotsAnswer = {
  lots: readonly LotValue[];
  reasonsForNotDividing: string;
  /** The tender's estimated value (scope section), or null while it is not given. */
  estimatedValueCents: number | null;
  isAboveThreshold: boolean;
};

/**
 * The list of a divided contract on its own: at least two lots (one "lot" divides nothing), each
 * key used once. Paths follow the lots form (`lotCount` is the list as a whole).
 */
export function checkLotList(lots: readonly Pick<LotValue, "key">[]): Problem<"lots.tooFew" | "lots.keyDuplicate">[] {
  const problems: Problem<"lots.tooFew" | "lots.keyDuplicate">[] = [];
  if (lots.length < MIN_LOTS) problems.push({ code: "lots.tooFew", severity: "error", path: "lotCount" });
  const seen = new Set<string>();
  lots.forEach((lot, i) => {
    if (seen.has(lot.key)) {
      problems.push({ code: "lots.keyDuplicate", severity: "error", path: `lots.${i}.key`, values: { lot: lot.key } });
    }
    seen.add(lot.key);
  });
  return problems;
}

/**
 * Everything the rules say about a tender's answer to "divide into lots?": the reasons when it is
 * not divided (Art. 46(1)), the list when it is, and whether the lots add up to the tender's
 * estimated value (Art. 5(8); a warning, as the values may still be moving).
 */
export function checkLots(answer: LotsAnswer): Problem<LotsProblemCode>[] {
  const { lots } = answer;
  if (lots.length === 0) return checkLotDivision({ ...answer, lotCount: 0 });
  const problems: Problem<LotsProblemCode>[] = checkLotList(lots);
  if (answer.estimatedValueCents !== null) {
    const { outcome, totalCents, estimatedValueCents } = compareLotTotal(lots, answer.estimatedValueCents);
    if (outcome !== "MATCHES") {
      problems.push({
        code: outcome === "ABOVE_ESTIMATE" ? "lots.totalAboveEstimate" : "lots.totalBelowEstimate",
        severity: "warning",
        path: "lotCount",
        values: { totalCents, estimatedValueCents },
      });
    }
  }
  return problems;
}
