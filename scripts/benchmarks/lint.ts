import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lintText, splitSentences, type LintFinding } from "../../lib/domain/lint";
import { generateSpecification } from "./lint-specification";
import { machineLine, measureInterleaved, printRatioTable, time } from "./interleaved";
import { numberOption } from "./options";

// Lock-in linter benchmark (not a test): `npx tsx scripts/benchmarks/lint.ts`.
// Writes a made-up specification of 150,000 characters to a temporary file, then times, one after
// the other and interleaved, (a) reading it and cutting it into sentences, and (b) reading it and
// linting it; reports each median and their ratio, which compares across machines where
// milliseconds do not. See docs/benchmarks.md.
//   --chars N   length of the specification (default 150000)
//   --runs N    measured runs of each (default 31, after 5 warm-up runs)
//   --seed N    seed of the generated text (default 42)

const chars = numberOption("--chars", 150_000);
const runs = numberOption("--runs", 31);
const seed = numberOption("--seed", 42);
const WARM_UP = 5;

function main(): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "lint-benchmark-"));
  try {
    const file = path.join(folder, "specification.md");
    fs.writeFileSync(file, generateSpecification(chars, seed));

    let findings: LintFinding[] = [];
    const firstCall = time(() => (findings = lintText(fs.readFileSync(file, "utf8")))).wall;
    const readAndSplit = () => void splitSentences(fs.readFileSync(file, "utf8"));
    const readAndLint = () => void lintText(fs.readFileSync(file, "utf8"));
    const { measured, loadBefore, loadAfter } = measureInterleaved(
      [
        { label: "Read and split into sentences", run: readAndSplit },
        { label: "Read and lint", run: readAndLint },
      ],
      { warmUp: WARM_UP, runs },
    );

    const text = fs.readFileSync(file, "utf8");
    const perRule = new Map<string, number>();
    for (const finding of findings) {
      const key = `${finding.ruleId} ${finding.severity}`;
      perRule.set(key, (perRule.get(key) ?? 0) + 1);
    }
    console.log(
      `Specification: ${text.length.toLocaleString("en")} characters, ${splitSentences(text).starts.length.toLocaleString("en")} sentences, ${findings.length} findings (seed ${seed}).`,
    );
    console.log(machineLine(loadBefore, loadAfter));
    console.log(`First lint in this process (compiles the term list): ${firstCall.toFixed(1)} ms.\n`);
    printRatioTable(measured, { ms: 1, ratio: 1 });
    console.log(`\nFindings: ${[...perRule].map(([key, count]) => `${key}: ${count}`).join(", ")}.`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main();
