import { niceSignedScale } from "@/lib/charts/scale";
import { HorizontalAxis } from "./chart-axis";
import { CHART_WIDTH, ChartFigure } from "./chart-figure";
import { CHART_GRID, CHART_INK, FillPatterns, FillSwatch, patternId } from "./chart-styles";

export type TornadoEntry = {
  key: string;
  /** The factor moved (a criterion's weight), as the reader knows it. */
  label: string;
  low: { label: string; value: number | null };
  high: { label: string; value: number | null };
};

export type TornadoChartProps = {
  id: string;
  title: string;
  description: string;
  /** The value with nothing moved (the winner's margin at the published weights). */
  baseline: number;
  baselineLabel: string;
  /** What zero means (the winner changes there). */
  zeroLabel: string;
  /** Widest swing first. */
  entries: readonly TornadoEntry[];
  lowLabel: string;
  highLabel: string;
  formatValue: (value: number) => string;
  table: { caption: string; corner: string; undefinedValue: string };
};

const SIDE = 16;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 24;
const ROW_GAP = 14;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
const TOP = 28;
const AXIS_HEIGHT = 30;

/**
 * A tornado chart, drawn on the server as SVG: for each factor, how far a value (the winner's
 * lead) moves from its baseline when the factor is set low and high, one bar each side, the
 * widest swing on top. The low and high parts have their own pattern, the baseline is a dashed
 * line and zero a solid one, each named in the legend; the table gives the figures.
 */
export function TornadoChart(props: TornadoChartProps) {
  const { id, title, description, baseline, entries, formatValue, table } = props;
  const values = entries.flatMap((entry) => [entry.low.value, entry.high.value]).filter((v): v is number => v !== null);
  const scale = niceSignedScale(Math.min(baseline, ...values), Math.max(baseline, ...values));
  const x = (value: number) => SIDE + ((value - scale.min) / (scale.max - scale.min)) * (CHART_WIDTH - 2 * SIDE);
  const axisY = TOP + entries.length * ROW_HEIGHT;
  const bar = (from: number, to: number | null, top: number, pattern: number, name: string) =>
    to === null || to === from ? null : (
      <rect
        x={Math.min(x(from), x(to))}
        y={top + LABEL_HEIGHT}
        width={Math.abs(x(to) - x(from))}
        height={BAR_HEIGHT}
        fill={`url(#${patternId(id, pattern)})`}
        stroke={CHART_INK}
      >
        <title>{`${name}: ${formatValue(to)}`}</title>
      </rect>
    );

  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      height={axisY + AXIS_HEIGHT}
      legend={[
        { key: "low", label: props.lowLabel, swatch: <FillSwatch chartId={id} index={0} /> },
        { key: "high", label: props.highLabel, swatch: <FillSwatch chartId={id} index={1} /> },
        { key: "baseline", label: props.baselineLabel, swatch: <LegendLine dash="6 4" width={2} /> },
        { key: "zero", label: props.zeroLabel, swatch: <LegendLine dash="" width={3} /> },
      ]}
      table={{
        caption: table.caption,
        corner: table.corner,
        columns: [props.lowLabel, props.highLabel],
        rows: entries.map((entry) => ({
          label: entry.label,
          cells: [entry.low, entry.high].map((end) =>
            end.value === null ? table.undefinedValue : `${end.label}: ${formatValue(end.value)}`,
          ),
        })),
      }}
    >
      <FillPatterns chartId={id} count={2} />
      {scale.ticks.map((tick) => (
        <line key={tick} x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} stroke={CHART_GRID} />
      ))}
      {entries.map((entry, index) => {
        const top = TOP + index * ROW_HEIGHT;
        return (
          <g key={entry.key}>
            <text x={SIDE} y={top + 15} fill={CHART_INK}>
              {entry.label}
            </text>
            {bar(baseline, entry.low.value, top, 0, `${entry.low.label}`)}
            {bar(baseline, entry.high.value, top, 1, `${entry.high.label}`)}
          </g>
        );
      })}
      <line x1={x(0)} x2={x(0)} y1={TOP - 8} y2={axisY} stroke={CHART_INK} strokeWidth="3" />
      <line
        x1={x(baseline)}
        x2={x(baseline)}
        y1={TOP - 8}
        y2={axisY}
        stroke={CHART_INK}
        strokeWidth="2"
        strokeDasharray="6 4"
      />
      <HorizontalAxis ticks={scale.ticks} x={x} y={axisY} left={SIDE} right={CHART_WIDTH - SIDE} format={formatValue} />
    </ChartFigure>
  );
}

function LegendLine({ dash, width }: { dash: string; width: number }) {
  return (
    <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true" focusable="false" className="shrink-0">
      <line x1="8" x2="8" y1="1" y2="19" stroke={CHART_INK} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}
