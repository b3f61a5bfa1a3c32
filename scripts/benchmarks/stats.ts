/** Timing summaries for the benchmarks, in milliseconds. */
export type Summary = { count: number; median: number; p95: number };

/**
 * The nearest-rank percentile (the smallest sample with at least p % of the samples at or below
 * it): no interpolation, so every figure reported is a time that was actually measured.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("No samples.");
  if (p <= 0 || p > 100) throw new Error(`A percentile is in (0, 100], not ${p}.`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

export function summarise(samples: readonly number[]): Summary {
  return { count: samples.length, median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Times `run` `measured` times, one after another, after `warmUp` untimed runs. */
export async function timeSequentially(
  run: () => Promise<void>,
  { warmUp, measured }: { warmUp: number; measured: number },
): Promise<Summary> {
  for (let i = 0; i < warmUp; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < measured; i++) {
    const startedAt = performance.now();
    await run();
    samples.push(performance.now() - startedAt);
  }
  return summarise(samples);
}
