import type {
  BidComponent,
  BidContent,
  CostCategory,
  CostLine,
  SovereigntyClaims,
} from "../../lib/domain/bids/bid-model";
import { SOVEREIGNTY_OBJECTIVES, type SealLevel } from "../../lib/domain/tender/sovereignty";
import { BIDS_FILE_FORMAT, BIDS_FILE_VERSION } from "../../lib/schemas/bids-file";
import { seededRandom } from "./seeded-random";

/**
 * The made-up bids file the assessment benchmark reads (scripts/benchmarks/assessment.ts): bids
 * with a price schedule over a 5-year horizon and an exit year, hundreds of components each,
 * sovereignty claims and answers on the required standards. Deterministic for a given seed.
 */

/** Licences as bills of materials give them: mostly common ids, some compound, some wrong or closed. */
const LICENCES = [
  ["MIT", 30],
  ["Apache-2.0", 20],
  ["BSD-3-Clause", 8],
  ["ISC", 6],
  ["BSD-2-Clause", 4],
  ["GPL-2.0-or-later", 3],
  ["LGPL-2.1-or-later", 3],
  ["MPL-2.0", 3],
  ["EUPL-1.2", 3],
  ["Apache-2.0 OR MIT", 3],
  ["MIT AND ISC", 2],
  ["GPL-2.0-only WITH Classpath-exception-2.0", 2],
  ["(MIT OR Apache-2.0) AND BSD-3-Clause", 2],
  ["GPL-3.0-or-later", 1],
  ["AGPL-3.0-only", 1],
  ["EPL-2.0", 1],
  ["CC0-1.0", 1],
  ["0BSD", 1],
  ["Zlib", 1],
  ["PostgreSQL", 1],
  ["Unlicense", 1],
  ["BUSL-1.1", 1],
  ["SSPL-1.0", 1],
  ["Elastic-2.0", 1],
  ["NOASSERTION", 1],
  ["NONE", 1],
  ["GPL-2.0+", 1],
  ["Apache 2.0", 1],
  ["MIT/Apache-2.0", 1],
  ["CC-BY-NC-4.0", 1],
  ["JSON", 1],
  ["LicenseRef-Llama-3-Community", 1],
] as const;
const LICENCE_WEIGHT = LICENCES.reduce((sum, [, weight]) => sum + weight, 0);

export const BENCHMARK_HORIZON_YEARS = 5;
export const BENCHMARK_REQUIRED_STANDARDS = ["ODF-1.3", "PDF-A-2", "CSV-RFC4180", "JSON-RFC8259"] as const;

export function generateBidsFile(options: { bids: number; components: number; seed: number }) {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const amount = (euros: number) => Math.round(euros * (0.6 + 0.8 * random())) * 100;

  const licence = (bid: number, index: number): string => {
    // One component in fifty carries the bidder's own reference: a text no other bid repeats.
    if (random() < 0.02) return `LicenseRef-vendor-${bid}-${index}`;
    let draw = random() * LICENCE_WEIGHT;
    for (const [expression, weight] of LICENCES) {
      draw -= weight;
      if (draw < 0) return expression;
    }
    return "MIT";
  };

  const component = (bid: number, index: number): BidComponent => {
    const isAiModel = random() < 0.002;
    return {
      name: `component-${bid}-${index}`,
      version: `${1 + Math.floor(random() * 9)}.${Math.floor(random() * 20)}.${Math.floor(random() * 10)}`,
      supplier: `Supplier ${Math.floor(random() * 300)}`,
      licence: licence(bid, index),
      repository: `https://code.example/${bid}/${index}`,
      // The bidder's own modules are delivered; the rest are libraries it depends on.
      relation: index < options.components / 20 ? "DELIVERED" : "DEPENDENCY",
      isAiModel,
      modelOpennessClass: isAiModel ? pick(["I", "II", "III"] as const) : null,
    };
  };

  const line = (category: CostCategory, year: number, euros: number): CostLine => ({
    category,
    year,
    amountCents: amount(euros),
    note: "",
  });
  const years = Array.from({ length: BENCHMARK_HORIZON_YEARS }, (_, index) => index + 1);

  const bid = (index: number): BidContent => ({
    bidder: {
      name: `Bidder ${index + 1}`,
      country: pick(["BE", "DE", "FR", "NL", "IT", "ES"]),
      registrationId: `REG${String(index + 1).padStart(6, "0")}`,
      isSme: random() < 0.6,
      contactName: "",
      contactEmail: "",
    },
    lotKey: null,
    solution: "A platform assembled from the components listed.",
    claimsOpenSource: random() < 0.7,
    costLines: [
      line("IMPLEMENTATION", 0, 400_000),
      line("DATA_MIGRATION", 0, 60_000),
      line("TRAINING", 0, 25_000),
      ...years.flatMap((year) => [
        line("LICENCES", year, 40_000),
        line("SUPPORT_MAINTENANCE", year, 90_000),
        line("HOSTING", year, 30_000),
        line("SECURITY_COMPLIANCE", year, 12_000),
      ]),
      line("UPGRADES", 3, 40_000),
      // One bid in ten forgets the exit: the warning is part of the work.
      ...(random() < 0.9 ? [line("EXIT", BENCHMARK_HORIZON_YEARS + 1, 45_000)] : []),
    ],
    components: Array.from({ length: options.components }, (_, position) => component(index, position)),
    sovereigntyClaims: Object.fromEntries(
      SOVEREIGNTY_OBJECTIVES.map((objective) => [
        objective,
        { level: Math.floor(random() * 5) as SealLevel, evidence: "Described in the bid." },
      ]),
    ) as SovereigntyClaims,
    standardAnswers: BENCHMARK_REQUIRED_STANDARDS.map((standardId) => ({
      standardId,
      answer: pick(["MET", "PARTLY", "NOT_MET"] as const),
      evidence: "",
    })),
  });

  return {
    format: BIDS_FILE_FORMAT,
    version: BIDS_FILE_VERSION,
    tender: {
      reference: "BENCH-1",
      currency: "EUR",
      discountRatePercent: 3,
      tcoHorizonYears: BENCHMARK_HORIZON_YEARS,
      internalCosts: [
        { category: "INTERNAL_STAFF", year: 0, amountCents: 5_000_000, note: "" },
        ...years.map((year) => ({ category: "INTERNAL_STAFF", year, amountCents: 3_000_000, note: "" })),
      ],
    },
    bids: Array.from({ length: options.bids }, (_, index) => ({
      receiptNumber: index + 1,
      receivedAt: "2026-11-20T10:00:00.000Z",
      content: bid(index),
      internalCosts: null,
    })),
  };
}
