import { niceScale } from "@/lib/charts/scale";
import { CHART_WIDTH, ChartFigure } from "./chart-figure";
import { CHART_GRID, CHART_INK, LineSwatch, lineStyle, Marker } from "./chart-styles";

export type LineSeries = {
  key: string;
  label: string;
  /** One value per point of the horizontal axis, in the order of `points`; never negative. */
  values: readonly number[];
};

export type LineChartProps = {
  /** Unique on the page: it prefixes the ids of the title and description. */
  id: string;
  title: string;
  /** What the chart shows and how to read it, for everyone (and read out with the image). */
  description: string;
  /** The horizontal axis: one label per point (years, for example). */
  points: readonly string[];
  series: readonly LineSeries[];
  formatValue: (value: number) => string;
  /** A value on the axis (shorter); `formatValue` when not given. */
  formatTick?: (value: number) => string;
  table: { caption: string; corner: string };
};

const HEIGHT = 320;
const LEFT = 96;
const RIGHT = 64;
const TOP = 16;
const BOTTOM = 40;

/**
 * Lines over evenly spaced points, drawn on the server as SVG: one line per series (a bid), each
 * with its own colour, dash and marker shape. The image has a title and a description; the legend
 * and the table under it (one row per point, one column per series) give the same figures.
 */
export function LineChart({
  id,
  title,
  description,
  points,
  series,
  formatValue,
  formatTick = formatValue,
  table,
}: LineChartProps) {
  const scale = niceScale(Math.max(0, ...series.flatMap((entry) => entry.values)));
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const plotBottom = HEIGHT - BOTTOM;
  const x = (index: number) => LEFT + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => plotBottom - (value / scale.max) * (plotBottom - TOP);
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      height={HEIGHT}
      legend={series.map((entry, index) => ({
        key: entry.key,
        label: entry.label,
        swatch: <LineSwatch index={index} />,
      }))}
      table={{
        ...table,
        columns: series.map((entry) => entry.label),
        rows: points.map((point, index) => ({
          label: point,
          cells: series.map((entry) => formatValue(entry.values[index] ?? 0)),
        })),
      }}
    >
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={CHART_WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={CHART_GRID} strokeWidth="1" />
          <text x={LEFT - 8} y={y(tick) + 5} textAnchor="end" fill={CHART_INK}>
            {formatTick(tick)}
          </text>
        </g>
      ))}
      <line x1={LEFT} x2={CHART_WIDTH - RIGHT} y1={plotBottom} y2={plotBottom} stroke={CHART_INK} />
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={plotBottom} stroke={CHART_INK} />
      {points.map((point, index) => (
        <text key={index} x={x(index)} y={plotBottom + 24} textAnchor="middle" fill={CHART_INK}>
          {point}
        </text>
      ))}
      {series.map((entry, seriesIndex) => {
        const style = lineStyle(seriesIndex);
        return (
          <g key={entry.key}>
            <polyline
              points={entry.values.map((value, index) => `${x(index)},${y(value)}`).join(" ")}
              fill="none"
              stroke={style.stroke}
              strokeWidth="2.5"
              strokeDasharray={style.dash}
            />
            {entry.values.map((value, index) => (
              <Marker key={index} shape={style.marker} x={x(index)} y={y(value)} colour={style.stroke} />
            ))}
          </g>
        );
      })}
    </ChartFigure>
  );
}
