import { niceScale } from "@/lib/charts/scale";
import { tickAnchor } from "./chart-axis";
import { CHART_WIDTH, ChartFigure } from "./chart-figure";
import { CHART_GRID, CHART_INK, lineStyle, Marker } from "./chart-styles";

export type ScatterPoint = {
  key: string;
  /** Written beside the point, so no reader depends on its colour or shape. */
  label: string;
  x: number;
  y: number;
  /** Drawn as an outline only (a bid the gates excluded, say); the table says why in `note`. */
  hollow?: boolean;
  note?: string;
};

export type ScatterChartProps = {
  /** Unique on the page: it prefixes the ids of the title and description. */
  id: string;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  points: readonly ScatterPoint[];
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  formatXTick?: (value: number) => string;
  table: { caption: string; corner: string; noteHeader: string };
};

const HEIGHT = 380;
const LEFT = 72;
const RIGHT = 24;
const TOP = 20;
const BOTTOM = 64;

/**
 * Points on two value axes from zero (cost against quality, say), drawn on the server as SVG. Each
 * point has its own shape and colour and its label written beside it; the table under the chart
 * gives the same figures.
 */
export function ScatterChart({
  id,
  title,
  description,
  xLabel,
  yLabel,
  points,
  formatX,
  formatY,
  formatXTick = formatX,
  table,
}: ScatterChartProps) {
  const xScale = niceScale(Math.max(0, ...points.map((point) => point.x)), 4);
  const yScale = niceScale(Math.max(0, ...points.map((point) => point.y)));
  const plotBottom = HEIGHT - BOTTOM;
  const x = (value: number) => LEFT + (value / xScale.max) * (CHART_WIDTH - LEFT - RIGHT);
  const y = (value: number) => plotBottom - (value / yScale.max) * (plotBottom - TOP);
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      height={HEIGHT}
      legend={[]}
      table={{
        caption: table.caption,
        corner: table.corner,
        columns: [xLabel, yLabel, table.noteHeader],
        rows: points.map((point) => ({
          label: point.label,
          cells: [formatX(point.x), formatY(point.y), point.note ?? ""],
        })),
      }}
    >
      {yScale.ticks.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={LEFT} x2={CHART_WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={CHART_GRID} />
          <text x={LEFT - 8} y={y(tick) + 5} textAnchor="end" fill={CHART_INK}>
            {formatY(tick)}
          </text>
        </g>
      ))}
      {xScale.ticks.map((tick, index) => (
        <g key={`x${tick}`}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={plotBottom} stroke={CHART_GRID} />
          <text x={x(tick)} y={plotBottom + 20} textAnchor={tickAnchor(index, xScale.ticks.length)} fill={CHART_INK}>
            {formatXTick(tick)}
          </text>
        </g>
      ))}
      <line x1={LEFT} x2={CHART_WIDTH - RIGHT} y1={plotBottom} y2={plotBottom} stroke={CHART_INK} />
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={plotBottom} stroke={CHART_INK} />
      <text x={(LEFT + CHART_WIDTH - RIGHT) / 2} y={HEIGHT - 12} textAnchor="middle" fill={CHART_INK}>
        {xLabel}
      </text>
      <text
        x={16}
        y={(TOP + plotBottom) / 2}
        textAnchor="middle"
        fill={CHART_INK}
        transform={`rotate(-90 16 ${(TOP + plotBottom) / 2})`}
      >
        {yLabel}
      </text>
      {points.map((point, index) => {
        const style = lineStyle(index);
        const px = x(point.x);
        const py = y(point.y);
        const rightHalf = px > (LEFT + CHART_WIDTH - RIGHT) / 2;
        return (
          <g key={point.key}>
            {point.hollow ? (
              <circle cx={px} cy={py} r={6} fill="white" stroke={style.stroke} strokeWidth="2" />
            ) : (
              <Marker shape={style.marker} x={px} y={py} colour={style.stroke} />
            )}
            <text
              x={rightHalf ? px - 10 : px + 10}
              y={py - 8}
              textAnchor={rightHalf ? "end" : "start"}
              fill={CHART_INK}
            >
              {point.label}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
