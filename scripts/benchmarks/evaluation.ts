import os from "node:os";
import { evaluateTender } from "../../lib/domain/evaluation/evaluate-tender";
import { evaluationView } from "../../lib/domain/evaluation/evaluation-view";
import { generateEvaluation, sumRawScores } from "./evaluation-input";
import { summarise } from "./stats";
import { time, type Sample } from "./interleaved";
import { numberOption } from "./options";

// Evaluation benchmark (not a test): `npx tsx scripts/benchmarks/evaluation.ts`.
// Generates a tender with 200 bids, 30 criteria scored by 10 evaluators (60,000 scores), then
// times, interleaved, (a) summing the raw scores once, the floor any evaluation pays, and
// (b) evaluateTender: the whole-file check, final scores, gates, points, ranking and ties, the
// sensitivity of the winner to every top-level weight with its tornado figures, and (F1, F2)
// the rank-reversal check; (c) the same plus evaluationView, the plain JSON pages and the CLI
// use. Reports the medians and their ratio to (a). See docs/benchmarks.md.
//   --bids N --criteria N --evaluators N   the tender's size (default 200, 30, 10)
//   --formula F1|F2|F5|F8                   the cost formula (default F1)
//   --runs N                                measured runs of each (default 31, after 5 warm-up runs)
//   --seed N                                seed of the generated scores (default 42)

const bids = numberOption("--bids", 200);
const criteria = numberOption("--criteria", 30);
const evaluators = numberOption("--evaluators", 10);
const runs = numberOption("--runs", 31);
const seed = numberOption("--seed", 42);
const formulaIndex = process.argv.indexOf("--formula");
const formula = (formulaIndex === -1 ? "F1" : process.argv[formulaIndex + 1]) as "F1" | "F2" | "F5" | "F8";
if (!["F1", "F2", "F5", "F8"].includes(formula)) throw new Error("--formula takes F1, F2, F5 or F8.");
const WARM_UP = 5;
/** Summing 60,000 numbers takes a fraction of a millisecond: each sample times this many sums. */
const FLOOR_REPEAT = 50;

function main(): void {
  const input = generateEvaluation({ bids, criteria, evaluators, seed, formula });
  const first = time(() => void evaluateTender(input)).wall;
  const evaluation = evaluateTender(input);
  if (!evaluation.ok)
    throw new Error(`The generated evaluation is invalid: ${JSON.stringify(evaluation.problems.slice(0, 3))}`);
  const lot = evaluation.result.lots[0]!;

  const floor = () => {
    for (let i = 0; i < FLOOR_REPEAT; i++) sumRawScores(input);
  };
  const evaluate = () => void evaluateTender(input);
  const evaluateAndView = () => {
    const result = evaluateTender(input);
    if (result.ok) evaluationView(result.result);
  };
  for (let i = 0; i < WARM_UP; i++) {
    floor();
    evaluate();
    evaluateAndView();
  }
  const samples: Record<"floor" | "evaluate" | "view", Sample[]> = { floor: [], evaluate: [], view: [] };
  const loadBefore = os.loadavg()[0]!;
  // Interleaved, so that whatever else the machine does weighs on all alike.
  for (let i = 0; i < runs; i++) {
    const sample = time(floor);
    samples.floor.push({ wall: sample.wall / FLOOR_REPEAT, cpu: sample.cpu / FLOOR_REPEAT });
    samples.evaluate.push(time(evaluate));
    samples.view.push(time(evaluateAndView));
  }
  const loadAfter = os.loadavg()[0]!;

  const scores = bids * criteria * evaluators;
  const admissible = lot.ranking.length;
  console.log(
    `Tender: ${bids} bids × ${criteria} criteria × ${evaluators} evaluators = ${scores.toLocaleString("en")} scores; cost formula ${formula}; ${admissible} admissible bids (seed ${seed}).`,
  );
  console.log(
    `Outcome: ${lot.outcome.kind}; robustness ${lot.sensitivity.robustness.code}; rank reversal: ${lot.rankReversal ? `${lot.rankReversal.flipCount} flips over ${lot.rankReversal.removals.filter((r) => r.recomputed).length} recomputations` : "not applicable"}.`,
  );
  console.log(
    `Node.js ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}.`,
  );
  console.log(`First evaluation in this process (cold code): ${first.toFixed(1)} ms.\n`);
  console.log("| What | Median ms | p95 ms | Ratio | Median CPU ms | CPU ratio |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  const base = {
    wall: summarise(samples.floor.map((s) => s.wall)).median,
    cpu: summarise(samples.floor.map((s) => s.cpu)).median,
  };
  const rows = [
    ["Sum the raw scores once", samples.floor],
    ["evaluateTender (ranking, sensitivity, rank reversal)", samples.evaluate],
    ["evaluateTender + evaluationView", samples.view],
  ] as const;
  for (const [label, measured] of rows) {
    const wall = summarise(measured.map((sample) => sample.wall));
    const cpu = summarise(measured.map((sample) => sample.cpu));
    const cells = [wall.median, wall.p95, wall.median / base.wall, cpu.median, cpu.median / base.cpu];
    console.log(`| ${label} | ${cells.map((cell) => (cell < 10 ? cell.toFixed(2) : cell.toFixed(1))).join(" | ")} |`);
  }
}

main();
