import { niceScale, stackSegments } from "@/lib/charts/scale";
import { HorizontalAxis } from "./chart-axis";
import { CHART_WIDTH, ChartFigure } from "./chart-figure";
import { CHART_GRID, CHART_INK, FillPatterns, FillSwatch, patternId } from "./chart-styles";

export type StackedBar = {
  key: string;
  label: string;
  /** One value per series, in the order of `series`; never negative. */
  values: readonly number[];
};

export type StackedBarChartProps = {
  /** Unique on the page: it prefixes the ids of the title, description and patterns. */
  id: string;
  title: string;
  /** What the chart shows and how to read it, for everyone (and read out with the image). */
  description: string;
  series: readonly { key: string; label: string }[];
  bars: readonly StackedBar[];
  /** A value in full, for the table and each bar's total. */
  formatValue: (value: number) => string;
  /** A value on the axis (shorter); `formatValue` when not given. */
  formatTick?: (value: number) => string;
  table: { caption: string; corner: string; totalLabel: string };
};

const SIDE = 12;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 26;
const ROW_GAP = 14;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
const AXIS_HEIGHT = 30;

/**
 * Horizontal stacked bars drawn on the server as SVG, one bar per item (a bid), one segment per
 * series (a cost category), each with its own pattern. The image has a title and a description;
 * the legend and the table under it give the same figures in words.
 */
export function StackedBarChart({
  id,
  title,
  description,
  series,
  bars,
  formatValue,
  formatTick = formatValue,
  table,
}: StackedBarChartProps) {
  const totals = bars.map((bar) => bar.values.reduce((sum, value) => sum + value, 0));
  const scale = niceScale(Math.max(0, ...totals));
  const plotWidth = CHART_WIDTH - 2 * SIDE;
  const x = (value: number) => SIDE + (value / scale.max) * plotWidth;
  const axisY = 8 + bars.length * ROW_HEIGHT;
  const height = axisY + AXIS_HEIGHT;
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      height={height}
      legend={series.map((entry, index) => ({
        key: entry.key,
        label: entry.label,
        swatch: <FillSwatch chartId={id} index={index} />,
      }))}
      table={{
        caption: table.caption,
        corner: table.corner,
        columns: [...series.map((entry) => entry.label), table.totalLabel],
        rows: bars.map((bar, barIndex) => ({
          label: bar.label,
          cells: [...bar.values.map((value) => formatValue(value)), formatValue(totals[barIndex]!)],
        })),
      }}
    >
      <FillPatterns chartId={id} count={series.length} />
      {scale.ticks.map((tick) => (
        <line key={tick} x1={x(tick)} x2={x(tick)} y1={8} y2={axisY} stroke={CHART_GRID} strokeWidth="1" />
      ))}
      {bars.map((bar, barIndex) => {
        const top = 8 + barIndex * ROW_HEIGHT;
        const segments = stackSegments(bar.values);
        return (
          <g key={bar.key}>
            <text x={SIDE} y={top + 15} fill={CHART_INK}>
              {`${bar.label}: ${formatValue(totals[barIndex]!)}`}
            </text>
            {segments.map((segment, index) =>
              segment.end > segment.start ? (
                <rect
                  key={series[index]!.key}
                  x={x(segment.start)}
                  y={top + LABEL_HEIGHT}
                  width={x(segment.end) - x(segment.start)}
                  height={BAR_HEIGHT}
                  fill={`url(#${patternId(id, index)})`}
                  stroke={CHART_INK}
                  strokeWidth="1"
                >
                  <title>{`${series[index]!.label}: ${formatValue(bar.values[index]!)}`}</title>
                </rect>
              ) : null,
            )}
          </g>
        );
      })}
      <HorizontalAxis ticks={scale.ticks} x={x} y={axisY} left={SIDE} right={CHART_WIDTH - SIDE} format={formatTick} />
    </ChartFigure>
  );
}
