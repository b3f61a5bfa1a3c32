import os from "node:os";
import { summarise } from "./stats";

/**
 * The harness of the benchmarks that compare two pieces of work in one process (lint.ts,
 * assessment.ts): wall and CPU time per run, runs interleaved so
 * that whatever else the machine does weighs on both alike, and the table of medians with their
 * ratio to the first row, which compares across machines where milliseconds do not.
 */

export type Sample = { wall: number; cpu: number };

/**
 * Wall time, and the process's CPU time, which other work on a busy machine inflates far less
 * (it still counts the garbage collector's threads).
 */
export function time(run: () => void): Sample {
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  run();
  const wall = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The same for work that awaits (the document renderers are async). */
export async function timeAsync(run: () => Promise<unknown>): Promise<Sample> {
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  await run();
  const wall = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

export type Measured = { label: string; samples: Sample[] };

/** Each piece of work `warmUp` times untimed, then `runs` times each, in turn. */
export function measureInterleaved(
  work: readonly { label: string; run: () => void }[],
  { warmUp, runs }: { warmUp: number; runs: number },
): { measured: Measured[]; loadBefore: number; loadAfter: number } {
  for (let i = 0; i < warmUp; i++) for (const { run } of work) run();
  const measured = work.map(({ label }) => ({ label, samples: [] as Sample[] }));
  const loadBefore = os.loadavg()[0]!;
  for (let i = 0; i < runs; i++) work.forEach(({ run }, index) => measured[index]!.samples.push(time(run)));
  return { measured, loadBefore, loadAfter: os.loadavg()[0]! };
}

/** measureInterleaved for work that awaits. */
export async function measureInterleavedAsync(
  work: readonly { label: string; run: () => Promise<unknown> }[],
  { warmUp, runs }: { warmUp: number; runs: number },
): Promise<{ measured: Measured[]; loadBefore: number; loadAfter: number }> {
  for (let i = 0; i < warmUp; i++) for (const { run } of work) await run();
  const measured = work.map(({ label }) => ({ label, samples: [] as Sample[] }));
  const loadBefore = os.loadavg()[0]!;
  for (let i = 0; i < runs; i++) {
    for (const [index, { run }] of work.entries()) measured[index]!.samples.push(await timeAsync(run));
  }
  return { measured, loadBefore, loadAfter: os.loadavg()[0]! };
}

/** The machine the figures come from, and how busy it was while they were taken. */
export function machineLine(loadBefore: number, loadAfter: number): string {
  return `Node.js ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}.`; // prettier-ignore
}

/** The medians (and p95) of each row as a Markdown table, with their ratio to the first row. */
export function printRatioTable(measured: readonly Measured[], digits: { ms: number; ratio: number }): void {
  const median = (samples: Sample[], key: keyof Sample) => summarise(samples.map((sample) => sample[key])).median;
  const base = { wall: median(measured[0]!.samples, "wall"), cpu: median(measured[0]!.samples, "cpu") };
  console.log("| What | Median ms | p95 ms | Ratio | Median CPU ms | CPU ratio |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const { label, samples } of measured) {
    const wall = summarise(samples.map((sample) => sample.wall));
    const cpu = median(samples, "cpu");
    const cells = [
      wall.median.toFixed(digits.ms),
      wall.p95.toFixed(digits.ms),
      (wall.median / base.wall).toFixed(digits.ratio),
      cpu.toFixed(digits.ms),
      (cpu / base.cpu).toFixed(digits.ratio),
    ];
    console.log(`| ${label} | ${cells.join(" | ")} |`);
  }
}
