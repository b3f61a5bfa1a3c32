import { describe, expect, it } from "vitest";
import { percentile, summarise, timeSequentially } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank, never an interpolated value", () => {
    const samples = [5, 1, 4, 2, 3];
    expect(percentile(samples, 50)).toBe(3);
    expect(percentile(samples, 95)).toBe(5);
    expect(percentile(samples, 20)).toBe(1);
    expect(percentile(samples, 100)).toBe(5);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it("p95 of 200 samples is the 190th smallest", () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(samples, 95)).toBe(190);
    expect(summarise(samples)).toEqual({ count: 200, median: 100, p95: 190 });
  });

  it("refuses no samples and impossible percentiles", () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe("timeSequentially", () => {
  it("runs the warm-up untimed, then the measured runs one after another", async () => {
    let running = 0;
    let calls = 0;
    const summary = await timeSequentially(
      async () => {
        expect(running).toBe(0);
        running++;
        calls++;
        await Promise.resolve();
        running--;
      },
      { warmUp: 3, measured: 7 },
    );
    expect(calls).toBe(10);
    expect(summary.count).toBe(7);
  });
});
