import { describe, expect, it } from "vitest";
import { niceScale, niceSignedScale, stackSegments } from "./scale";

describe("niceScale", () => {
  it("rounds the step up to 1, 2, 2.5 or 5 times a power of ten", () => {
    // 1 234 567 / 5 = 246 913.4; the power of ten is 100 000; 2.469… rounds up to 2.5 → step 250 000;
    // 1 234 567 / 250 000 = 4.94 → 5 intervals, top 1 250 000.
    expect(niceScale(1_234_567)).toEqual({
      max: 1_250_000,
      step: 250_000,
      ticks: [0, 250_000, 500_000, 750_000, 1_000_000, 1_250_000],
    });
    // 100 / 5 = 20: step 20 exactly, top 100 (a value on a tick is not pushed to the next one).
    expect(niceScale(100)).toEqual({ max: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] });
    // 7 / 5 = 1.4 → 2; 7 / 2 = 3.5 → 4 intervals, top 8.
    expect(niceScale(7)).toEqual({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    // 60 / 5 = 12 → 10 × 2 = 20; 3 intervals.
    expect(niceScale(60)).toEqual({ max: 60, step: 20, ticks: [0, 20, 40, 60] });
  });

  it("takes another number of intervals when asked", () => {
    // 900 / 3 = 300 → power 100, 3 → 5 → step 500; 900 / 500 = 1.8 → 2 intervals.
    expect(niceScale(900, 3)).toEqual({ max: 1_000, step: 500, ticks: [0, 500, 1_000] });
  });

  it("keeps decimal steps free of floating-point dust", () => {
    // 0.3 / 5 = 0.06 → power 0.01, 6 → 10 → step 0.1; 3 intervals.
    expect(niceScale(0.3)).toEqual({ max: 0.3, step: 0.1, ticks: [0, 0.1, 0.2, 0.3] });
  });

  it("gives an axis from 0 to 1 when there is nothing to show", () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });
});

describe("stackSegments", () => {
  it("puts each value after the ones before it", () => {
    expect(stackSegments([5, 0, 3])).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 5 },
      { start: 5, end: 8 },
    ]);
    expect(stackSegments([])).toEqual([]);
  });
});

describe("niceSignedScale", () => {
  it("spans zero and both ends on round steps", () => {
    // Range −3.2 … 7.9 is 11.1 wide: 11.1 / 5 = 2.22 → step 2.5; −3.2 / 2.5 = −1.28 → −2 steps
    // (−5); 7.9 / 2.5 = 3.16 → 4 steps (10).
    expect(niceSignedScale(-3.2, 7.9)).toEqual({ min: -5, max: 10, step: 2.5, ticks: [-5, -2.5, 0, 2.5, 5, 7.5, 10] });
  });

  it("keeps zero on the axis when every value is on one side", () => {
    // 2 … 8: the axis starts at 0; 8 / 5 = 1.6 → step 2; top 8.
    expect(niceSignedScale(2, 8)).toEqual({ min: 0, max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    // −6 … −1: 6 / 5 = 1.2 → step 2; bottom −6, top 0.
    expect(niceSignedScale(-6, -1)).toEqual({ min: -6, max: 0, step: 2, ticks: [-6, -4, -2, 0] });
  });

  it("has a unit axis for nothing but zeros", () => {
    expect(niceSignedScale(0, 0)).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1] });
  });
});
