import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { assessBids, type TenderBidsAssessment } from "../../lib/domain/assessment/assess-bids";
import type { AssessmentTender } from "../../lib/domain/assessment/compare-bids";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SovereigntyProfile,
} from "../../lib/domain/tender/sovereignty";
import { bidsFileSchema, type BidsFile } from "../../lib/schemas/bids-file";
import { BENCHMARK_REQUIRED_STANDARDS, generateBidsFile } from "./assessment-input";
import { machineLine, measureInterleaved, printRatioTable, time } from "./interleaved";
import { numberOption } from "./options";

// Assessment benchmark (not a test): `npx tsx scripts/benchmarks/assessment.ts`.
// Writes a made-up bids file (docs/bids-file.md) of 200 bids with 500 components each to a
// temporary file, then times, interleaved, (a) parsing it: reading, JSON.parse and the bids
// file's zod schema, and (b) assessing the parsed bids: total cost of ownership, licences,
// sovereignty, standards coverage and the abnormally-low check (assessBids, the function behind
// the assessment pages). Reports each median and their ratio, which compares across machines
// where milliseconds do not. See docs/benchmarks.md.
//   --bids N         bids in the file (default 200)
//   --components N   components per bid (default 500)
//   --runs N         measured runs of each (default 11, after 2 warm-up runs)
//   --seed N         seed of the generated file (default 42)

const bidCount = numberOption("--bids", 200);
const componentCount = numberOption("--components", 500);
const runs = numberOption("--runs", 11);
const seed = numberOption("--seed", 42);
const WARM_UP = 2;

/** The tender side: the file's rate, horizon and internal costs, and a profile, criteria and standards of our own. */
function assessmentTender(file: BidsFile): AssessmentTender {
  return {
    discountRatePercent: file.tender!.discountRatePercent,
    tcoHorizonYears: file.tender!.tcoHorizonYears,
    internalCosts: file.tender!.internalCosts,
    sovereignty: {
      assessment: { dataSensitivity: 2, serviceCriticality: 1, legalExposure: 2, supplierDependence: 1 },
      minimumSeal: Object.fromEntries(
        SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: objective === "SOV-8" ? 0 : 1 }]),
      ) as SovereigntyProfile["minimumSeal"],
      weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
    },
    sovereigntyCriterionWeight: 10,
    standardRequirements: [
      { clauseKey: "open-formats", parameter: "formats", join: "and", standardIds: BENCHMARK_REQUIRED_STANDARDS },
    ],
    estimatedValueCents: 250_000_000,
    lots: [],
  };
}

function parse(file: string): BidsFile {
  return bidsFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

function assess(parsed: BidsFile): TenderBidsAssessment {
  const bids = parsed.bids.map((bid, index) => ({
    id: `bid-${index + 1}`,
    receiptNumber: bid.receiptNumber ?? index + 1,
    content: bid.content,
    internalCosts: bid.internalCosts,
    sovereigntyReviews: {},
  }));
  return assessBids(bids, assessmentTender(parsed), "EUPL-1.2", null);
}

function main(): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "assessment-benchmark-"));
  try {
    const file = path.join(folder, "bids.json");
    fs.writeFileSync(file, JSON.stringify(generateBidsFile({ bids: bidCount, components: componentCount, seed })));
    const bytes = fs.statSync(file).size;

    const parsed = parse(file);
    // The first assessment in the process fills the licence classification's cache.
    let result!: TenderBidsAssessment;
    const firstCall = time(() => (result = assess(parsed))).wall;
    const { measured, loadBefore, loadAfter } = measureInterleaved(
      [
        { label: "Parse: read, JSON.parse, zod", run: () => void parse(file) },
        { label: "Assess the parsed bids", run: () => void assess(parsed) },
      ],
      { warmUp: WARM_UP, runs },
    );

    const flagged = {
      exitMissing: result.bids.filter((bid) => bid.tco.problems.some((p) => p.code === "tco.exitMissing")).length,
      openWashing: result.bids.filter((bid) => bid.licences.openSourceClaim.status === "OPEN_WASHING").length,
      excluded: result.bids.filter((bid) => bid.sovereignty?.gate === "EXCLUDED").length,
      abnormallyLow: result.bids.filter((bid) => bid.abnormallyLow.flagged).length,
    };
    console.log(
      `Bids file: ${bidCount} bids × ${componentCount} components (${(bidCount * componentCount).toLocaleString("en")} components), ${(bytes / 1_048_576).toFixed(1)} MB (seed ${seed}).`,
    );
    console.log(machineLine(loadBefore, loadAfter));
    console.log(`First assessment in this process (classifies each licence text once): ${firstCall.toFixed(0)} ms.\n`);
    printRatioTable(measured, { ms: 0, ratio: 2 });
    console.log(
      `\nFindings: ${flagged.exitMissing} bids without an exit line, ${flagged.openWashing} open-washing, ${flagged.excluded} excluded by the sovereignty gate, ${flagged.abnormallyLow} abnormally low.`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main();
