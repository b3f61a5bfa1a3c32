/** Helpers shared by the in-process benchmarks (evaluation, assessment). */

export type Sample = { wall: number; cpu: number };

/** A positive whole number given as `--name N` on the command line, or the fallback. */
export function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive whole number.`);
  return value;
}

/**
 * Wall time, and the process's CPU time, which other work on a busy machine inflates far less
 * (it still counts the garbage collector's threads), in milliseconds.
 */
export function time(run: () => void): Sample {
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  run();
  const wall = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}
