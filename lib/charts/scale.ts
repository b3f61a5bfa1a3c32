/**
 * The arithmetic of the charts in components/charts: a value axis with round ticks, and the
 * segments of a stacked bar. Pure, so it is tested here and the components only draw.
 */

export type ValueScale = {
  /** The top of the axis: a round value at or above the largest value. */
  max: number;
  step: number;
  /** From 0 to max, every step. */
  ticks: number[];
};

/** Steps of 1, 2, 2.5 or 5 times a power of ten, the ones readers count in easily. */
const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * An axis from 0 that holds `maxValue`, with about `targetTicks` intervals. Values are never
 * negative here (costs); an axis for nothing but zeros still has a scale, from 0 to 1.
 */
export function niceScale(maxValue: number, targetTicks = 5): ValueScale {
  if (!(maxValue > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = maxValue / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = NICE_STEPS.find((nice) => rough / magnitude <= nice)! * magnitude;
  const intervals = Math.ceil(round(maxValue / step));
  const ticks = Array.from({ length: intervals + 1 }, (_, index) => round(index * step));
  return { max: ticks[ticks.length - 1]!, step, ticks };
}

/** Removes the floating-point dust of multiplying decimal steps (0.1 × 3 = 0.30000000000000004). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

export type Segment = { start: number; end: number };

/** Where each value of a stacked bar starts and ends, from 0, in order. */
export function stackSegments(values: readonly number[]): Segment[] {
  let end = 0;
  return values.map((value) => {
    const start = end;
    end += value;
    return { start, end };
  });
}

/**
 * An axis that holds every value from `minValue` to `maxValue` and zero, with round ticks on both
 * sides of zero (a tornado chart's margins, which can be negative). Same steps as niceScale.
 */
export function niceSignedScale(minValue: number, maxValue: number, targetTicks = 5): { min: number } & ValueScale {
  const low = Math.min(0, minValue);
  const high = Math.max(0, maxValue);
  if (!(high - low > 0)) return { min: 0, max: 1, step: 1, ticks: [0, 1] };
  const step = niceScale(high - low, targetTicks).step;
  const min = round(Math.floor(round(low / step)) * step);
  const max = round(Math.ceil(round(high / step)) * step);
  const count = Math.round((max - min) / step);
  return { min, max, step, ticks: Array.from({ length: count + 1 }, (_, index) => round(min + index * step)) };
}
