import os from "node:os";
import { compareBids, type BidToAssess } from "../../lib/domain/assessment/compare-bids";
import { assessBidLicences } from "../../lib/domain/licences";
import { bidsFileSchema, type BidsFile } from "../../lib/schemas/bids-file";
import { benchmarkTender, generateBidsFile } from "./assessment-input";
import { summarise } from "./stats";
import { option, time, type Sample } from "./timing";

// Assessment benchmark (not a test): `npx tsx scripts/benchmarks/assessment.ts`.
// Generates a bids file of 200 bids with 500 components each (about 30 MB of JSON), then times,
// interleaved, (a) parsing it: JSON.parse and the bids file's zod schema, the floor any import
// pays; (b) the automatic assessment of issue 5 on the parsed bids: compareBids (total cost of
// ownership with decimal.js, sovereignty gate and points, open standards coverage, the
// abnormally-low check) and assessBidLicences for every bid (each component's SPDX expression
// classified, the open-source claim, the deliverables against EUPL-1.2, AI models); (c) both.
// Reports the medians and their ratio to (a). See docs/benchmarks.md.
//   --bids N --components N   the size (default 200 bids, 500 components each)
//   --runs N                  measured runs of each (default 11, after 2 warm-up runs)
//   --seed N                  seed of the generated bids (default 42)

const bids = option("--bids", 200);
const components = option("--components", 500);
const runs = option("--runs", 11);
const seed = option("--seed", 42);
const WARM_UP = 2;

const parse = (text: string): BidsFile => bidsFileSchema.parse(JSON.parse(text));

function compare(file: BidsFile): number {
  const tender = benchmarkTender();
  const toAssess: BidToAssess[] = file.bids.map((bid, index) => ({
    id: `bid-${index + 1}`,
    receiptNumber: bid.receiptNumber ?? index + 1,
    content: bid.content,
    internalCosts: bid.internalCosts,
    sovereigntyReviews: {},
  }));
  return compareBids(toAssess, tender, null).bids.length;
}

function classifyLicences(file: BidsFile): number {
  let flagged = 0;
  for (const bid of file.bids) {
    const licences = assessBidLicences(bid.content.components, {
      claimsOpenSource: bid.content.claimsOpenSource,
      outboundLicence: "EUPL-1.2",
    });
    if (licences.openSourceClaim.flagged) flagged += 1;
  }
  return flagged;
}

/** The whole automatic assessment; returns how many bids are flagged for their open-source claim. */
function assess(file: BidsFile): number {
  compare(file);
  return classifyLicences(file);
}

function main(): void {
  const text = generateBidsFile({ bids, components, seed });
  const parsed = parse(text);
  const first = time(() => void assess(parsed)).wall;

  const samples: Record<"parse" | "compare" | "licences" | "assess" | "both", Sample[]> = {
    parse: [],
    compare: [],
    licences: [],
    assess: [],
    both: [],
  };
  for (let i = 0; i < WARM_UP; i++) assess(parse(text));
  const loadBefore = os.loadavg()[0]!;
  // Interleaved, so that whatever else the machine does weighs on all alike.
  for (let i = 0; i < runs; i++) {
    samples.parse.push(time(() => void parse(text)));
    samples.compare.push(time(() => void compare(parsed)));
    samples.licences.push(time(() => void classifyLicences(parsed)));
    samples.assess.push(time(() => void assess(parsed)));
    samples.both.push(time(() => void assess(parse(text))));
  }
  const loadAfter = os.loadavg()[0]!;

  const flagged = assess(parsed);
  console.log(
    `Bids file: ${bids} bids × ${components} components, ${(text.length / 1024 / 1024).toFixed(1)} MB of JSON (seed ${seed}); ${flagged} bids flagged for their open-source claim.`,
  );
  console.log(
    `Node.js ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}.`,
  );
  console.log(`First assessment in this process (cold code, licence cache empty): ${first.toFixed(1)} ms.\n`);
  console.log("| What | Median ms | p95 ms | Ratio | Median CPU ms | CPU ratio |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  const base = {
    wall: summarise(samples.parse.map((s) => s.wall)).median,
    cpu: summarise(samples.parse.map((s) => s.cpu)).median,
  };
  const rows = [
    ["Parse (JSON.parse + zod)", samples.parse],
    ["compareBids: TCO, sovereignty, standards, abnormally low", samples.compare],
    ["assessBidLicences for every bid", samples.licences],
    ["Assess (both of the above)", samples.assess],
    ["Parse and assess", samples.both],
  ] as const;
  for (const [label, measured] of rows) {
    const wall = summarise(measured.map((sample) => sample.wall));
    const cpu = summarise(measured.map((sample) => sample.cpu));
    const cells = [wall.median, wall.p95, wall.median / base.wall, cpu.median, cpu.median / base.cpu];
    console.log(`| ${label} | ${cells.map((cell) => (cell < 10 ? cell.toFixed(2) : cell.toFixed(1))).join(" | ")} |`);
  }
}

main();
