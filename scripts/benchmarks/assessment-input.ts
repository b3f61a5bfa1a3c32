import type { AssessmentTender } from "../../lib/domain/assessment/compare-bids";
import type { CostCategory } from "../../lib/domain/bids/bid-model";
import { OPEN_STANDARDS } from "../../lib/domain/standards/open-standards";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SovereigntyProfile,
} from "../../lib/domain/tender/sovereignty";
import { BIDS_FILE_FORMAT, BIDS_FILE_VERSION } from "../../lib/schemas/bids-file";

/**
 * A made-up bids file for the assessment benchmark (docs/benchmarks.md), the same for the same
 * seed: each bid with a software bill of materials of 500 components whose licences are drawn
 * from real SPDX expressions (OR, AND, WITH, deprecated ids, restricted "open" licences,
 * LicenseRef-…, a few misspelt), 20 cost lines over a 5-year horizon at 3 %, a sovereignty
 * claim per objective and an answer on each of 8 required open standards.
 */
export type BidsShape = { bids: number; components: number; seed: number };

const LICENCES = [
  "MIT",
  "Apache-2.0",
  "BSD-3-Clause",
  "BSD-2-Clause",
  "ISC",
  "MPL-2.0",
  "EUPL-1.2",
  "GPL-2.0-only",
  "GPL-3.0-or-later",
  "LGPL-2.1-or-later",
  "AGPL-3.0-only",
  "MIT OR Apache-2.0",
  "Apache-2.0 WITH LLVM-exception",
  "GPL-2.0-or-later WITH Classpath-exception-2.0",
  "(MIT AND BSD-3-Clause) OR Apache-2.0",
  "GPL-3.0-only AND MIT",
  "CC0-1.0",
  "Unlicense",
  "Zlib",
  "EPL-2.0",
  "GPL-2.0",
  "BUSL-1.1",
  "SSPL-1.0",
  "Elastic-2.0",
  "CC-BY-NC-4.0",
  "LicenseRef-vendor-proprietary",
  "NOASSERTION",
  "Apache 2",
  "MIT AND BUSL-1.1",
  "Python-2.0",
];
const CATEGORIES: CostCategory[] = ["LICENCES", "IMPLEMENTATION", "SUPPORT_MAINTENANCE", "HOSTING", "TRAINING", "EXIT"];
const STANDARD_IDS = OPEN_STANDARDS.slice(0, 8).map((standard) => standard.id);

function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** The bids file as JSON text: what the import page and `tender-commons tco` read. */
export function generateBidsFile(shape: BidsShape): string {
  const next = random(shape.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const bids = Array.from({ length: shape.bids }, (_, b) => ({
    receiptNumber: b + 1,
    receivedAt: "2026-03-02T09:15:00+01:00",
    content: {
      bidder: { name: `Bidder ${b + 1}`, country: "BE", registrationId: `BE0${100000000 + b}`, isSme: next() < 0.5 },
      lotKey: null,
      solution: "A case management platform built on open source components.",
      claimsOpenSource: next() < 0.7,
      costLines: Array.from({ length: 20 }, (_, l) => ({
        category: CATEGORIES[l % CATEGORIES.length]!,
        year: l % 7,
        amountCents: 100_000 + Math.floor(next() * 5_000_000),
        note: "",
      })),
      components: Array.from({ length: shape.components }, (_, c) => ({
        name: `component-${c + 1}`,
        version: `${1 + (c % 9)}.${c % 17}.${c % 5}`,
        supplier: `Supplier ${c % 40}`,
        licence: pick(LICENCES),
        repository: `https://code.example.org/component-${c + 1}`,
        relation: c % 4 === 0 ? "DELIVERED" : "DEPENDENCY",
        isAiModel: c === 7,
        modelOpennessClass: c === 7 ? "II" : null,
      })),
      sovereigntyClaims: Object.fromEntries(
        SOVEREIGNTY_OBJECTIVES.map((objective) => [
          objective,
          { level: Math.floor(next() * 5), evidence: "See annex." },
        ]),
      ),
      standardAnswers: STANDARD_IDS.map((standardId) => ({
        standardId,
        answer: pick(["MET", "MET", "PARTLY", "NOT_MET"] as const),
        evidence: "",
      })),
    },
    internalCosts: null,
  }));
  return JSON.stringify({
    format: BIDS_FILE_FORMAT,
    version: BIDS_FILE_VERSION,
    tender: {
      reference: "MIN-2026-0001",
      discountRatePercent: 3,
      tcoHorizonYears: 5,
      internalCosts: [{ category: "INTERNAL_STAFF", year: 1, amountCents: 2_000_000, note: "" }],
    },
    bids,
  });
}

/** The tender's side of the assessment: its sovereignty profile, the standards it requires. */
export function benchmarkTender(): AssessmentTender {
  const sovereignty: SovereigntyProfile = {
    assessment: { dataSensitivity: 2, serviceCriticality: 2, legalExposure: 1, supplierDependence: 2 },
    minimumSeal: Object.fromEntries(
      SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: 1 }]),
    ) as SovereigntyProfile["minimumSeal"],
    weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
  };
  return {
    discountRatePercent: 3,
    tcoHorizonYears: 5,
    internalCosts: [{ category: "INTERNAL_STAFF", year: 1, amountCents: 2_000_000, note: "" }],
    sovereignty,
    sovereigntyCriterionWeight: 10,
    standardRequirements: [
      { clauseKey: "open-formats", parameter: "formats", join: "and", standardIds: STANDARD_IDS.slice(0, 6) },
      { clauseKey: "exchange", parameter: "standards", join: "or", standardIds: STANDARD_IDS.slice(6) },
    ],
    estimatedValueCents: 500_000_000,
    lots: [],
  };
}
