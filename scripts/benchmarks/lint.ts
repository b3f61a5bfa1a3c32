import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lintText, splitSentences, type LintFinding } from "../../lib/domain/lint";
import { generateSpecification } from "./lint-specification";
import { summarise } from "./stats";

// Lock-in linter benchmark (not a test): `npx tsx scripts/benchmarks/lint.ts`.
// Writes a made-up specification of 150,000 characters to a temporary file, then times, one after
// the other and interleaved, (a) reading it and cutting it into sentences, and (b) reading it and
// linting it; reports each median and their ratio, which compares across machines where
// milliseconds do not. See docs/benchmarks.md.
//   --chars N   length of the specification (default 150000)
//   --runs N    measured runs of each (default 31, after 5 warm-up runs)
//   --seed N    seed of the generated text (default 42)

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive whole number.`);
  return value;
}

const chars = option("--chars", 150_000);
const runs = option("--runs", 31);
const seed = option("--seed", 42);
const WARM_UP = 5;

type Sample = { wall: number; cpu: number };

/**
 * Wall time, and the process's CPU time, which other work on a busy machine inflates far less
 * (it still counts the garbage collector's threads).
 */
function time(run: () => void): Sample {
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  run();
  const wall = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function main(): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "lint-benchmark-"));
  try {
    const file = path.join(folder, "specification.md");
    fs.writeFileSync(file, generateSpecification(chars, seed));

    let findings: LintFinding[] = [];
    const firstCall = time(() => (findings = lintText(fs.readFileSync(file, "utf8")))).wall;
    const readAndSplit = () => void splitSentences(fs.readFileSync(file, "utf8"));
    const readAndLint = () => void lintText(fs.readFileSync(file, "utf8"));
    for (let i = 0; i < WARM_UP; i++) {
      readAndSplit();
      readAndLint();
    }
    const split: Sample[] = [];
    const lint: Sample[] = [];
    const loadBefore = os.loadavg()[0]!;
    // Interleaved, so that whatever else the machine does weighs on both alike.
    for (let i = 0; i < runs; i++) {
      split.push(time(readAndSplit));
      lint.push(time(readAndLint));
    }
    const loadAfter = os.loadavg()[0]!;

    const text = fs.readFileSync(file, "utf8");
    const perRule = new Map<string, number>();
    for (const finding of findings) {
      const key = `${finding.ruleId} ${finding.severity}`;
      perRule.set(key, (perRule.get(key) ?? 0) + 1);
    }
    const rows = [
      ["Read and split into sentences", split],
      ["Read and lint", lint],
    ] as const;
    const base = { wall: summarise(split.map((s) => s.wall)).median, cpu: summarise(split.map((s) => s.cpu)).median };
    console.log(
      `Specification: ${text.length.toLocaleString("en")} characters, ${splitSentences(text).starts.length.toLocaleString("en")} sentences, ${findings.length} findings (seed ${seed}).`,
    );
    console.log(`Node.js ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}.`); // prettier-ignore
    console.log(`First lint in this process (compiles the term list): ${firstCall.toFixed(1)} ms.\n`);
    console.log("| What | Median ms | p95 ms | Ratio | Median CPU ms | CPU ratio |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const [label, samples] of rows) {
      const wall = summarise(samples.map((sample) => sample.wall));
      const cpu = summarise(samples.map((sample) => sample.cpu));
      const cells = [wall.median, wall.p95, wall.median / base.wall, cpu.median, cpu.median / base.cpu];
      console.log(`| ${label} | ${cells.map((cell) => cell.toFixed(1)).join(" | ")} |`);
    }
    console.log(`\nFindings: ${[...perRule].map(([key, count]) => `${key}: ${count}`).join(", ")}.`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main();
