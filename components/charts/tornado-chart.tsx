import { niceSignedScale } from "@/lib/charts/scale";
import { ChartDataTable } from "./chart-data-table";
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

const WIDTH = 720;
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
  const x = (value: number) => SIDE + ((value - scale.min) / (scale.max - scale.min)) * (WIDTH - 2 * SIDE);
  const axisY = TOP + entries.length * ROW_HEIGHT;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
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
    <figure aria-labelledby={titleId} className="mb-10 break-inside-avoid">
      <figcaption className="mb-3 max-w-3xl">
        <span id={titleId} className="block text-lg font-bold">
          {title}
        </span>
        <span id={descriptionId} className="block">
          {description}
        </span>
      </figcaption>
      <svg
        role="img"
        aria-label={title}
        aria-describedby={descriptionId}
        viewBox={`0 0 ${WIDTH} ${axisY + AXIS_HEIGHT}`}
        className="h-auto w-full max-w-3xl"
        fontSize="14"
      >
        <title>{title}</title>
        <desc>{description}</desc>
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
        <line x1={SIDE} x2={WIDTH - SIDE} y1={axisY} y2={axisY} stroke={CHART_INK} />
        {scale.ticks.map((tick, index) => (
          <text
            key={tick}
            x={x(tick)}
            y={axisY + 20}
            fill={CHART_INK}
            textAnchor={index === 0 ? "start" : index === scale.ticks.length - 1 ? "end" : "middle"}
          >
            {formatValue(tick)}
          </text>
        ))}
      </svg>
      <ul className="mt-3 flex max-w-3xl flex-wrap gap-x-6 gap-y-2">
        <li className="flex items-center gap-2">
          <FillSwatch chartId={id} index={0} />
          {props.lowLabel}
        </li>
        <li className="flex items-center gap-2">
          <FillSwatch chartId={id} index={1} />
          {props.highLabel}
        </li>
        <li className="flex items-center gap-2">
          <LegendLine dash="6 4" width={2} />
          {props.baselineLabel}
        </li>
        <li className="flex items-center gap-2">
          <LegendLine dash="" width={3} />
          {props.zeroLabel}
        </li>
      </ul>
      <ChartDataTable
        caption={table.caption}
        corner={table.corner}
        columns={[props.lowLabel, props.highLabel]}
        rows={entries.map((entry) => ({
          label: entry.label,
          cells: [entry.low, entry.high].map((end) =>
            end.value === null ? table.undefinedValue : `${end.label}: ${formatValue(end.value)}`,
          ),
        }))}
      />
    </figure>
  );
}

function LegendLine({ dash, width }: { dash: string; width: number }) {
  return (
    <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true" focusable="false" className="shrink-0">
      <line x1="8" x2="8" y1="1" y2="19" stroke={CHART_INK} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}
