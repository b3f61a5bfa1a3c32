import type { CostLine } from "@/lib/domain/bids/bid-model";
import { add, div, fromDecimal, R_ONE, rational, reduce, type Rational } from "@/lib/domain/rational";

/**
 * The discounted total of cost lines, NPV = Σ C_t / (1 + r)^t (decisions.md), as an exact
 * rational: with 1 + r = a / b, every term is C_t × b^t / a^t, so the total is one fraction over
 * a^T. It is the figure lib/domain/assessment/tco.ts computes with decimal.js to 40 digits (a
 * test checks they agree); the evaluation needs it exact, because the cost formulas and the
 * last tie-breaker compare it, and two bids whose costs are truly equal must tie.
 */
export function discountedTotal(lines: readonly CostLine[], discountRatePercent: number): Rational {
  if (lines.length === 0) return rational(0);
  const growth = add(R_ONE, div(fromDecimal(discountRatePercent), rational(100)));
  const byYear = new Map<number, bigint>();
  for (const line of lines) byYear.set(line.year, (byYear.get(line.year) ?? 0n) + BigInt(line.amountCents));
  const lastYear = Math.max(...byYear.keys());
  const { n: a, d: b } = growth;
  let numerator = 0n;
  for (const [year, cents] of byYear) numerator += cents * b ** BigInt(year) * a ** BigInt(lastYear - year);
  return reduce({ n: numerator, d: a ** BigInt(lastYear) });
}

/** The undiscounted total, in cents. */
export function nominalTotal(lines: readonly CostLine[]): Rational {
  return rational(lines.reduce((total, line) => total + BigInt(line.amountCents), 0n));
}
