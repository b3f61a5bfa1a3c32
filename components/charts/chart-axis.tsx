import { CHART_INK } from "./chart-styles";

/**
 * Where a tick label of a horizontal axis is anchored: the first starts at its tick and the last
 * ends at it, so neither runs off the chart; the others are centred.
 */
export function tickAnchor(index: number, count: number): "start" | "middle" | "end" {
  return index === 0 ? "start" : index === count - 1 ? "end" : "middle";
}

/** A horizontal value axis at height `y`, from `left` to `right`, with its ticks' labels under it. */
export function HorizontalAxis({
  ticks,
  x,
  y,
  left,
  right,
  format,
}: {
  ticks: readonly number[];
  x: (value: number) => number;
  y: number;
  left: number;
  right: number;
  format: (value: number) => string;
}) {
  return (
    <>
      <line x1={left} x2={right} y1={y} y2={y} stroke={CHART_INK} />
      {ticks.map((tick, index) => (
        <text key={tick} x={x(tick)} y={y + 20} fill={CHART_INK} textAnchor={tickAnchor(index, ticks.length)}>
          {format(tick)}
        </text>
      ))}
    </>
  );
}
