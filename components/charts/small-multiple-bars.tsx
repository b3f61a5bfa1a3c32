import { FiguresTable } from "@/components/ui/figures-table";
import { CHART_GRID, CHART_INK, FillPatterns, FillSwatch, patternId } from "./chart-styles";

export type SmallMultiple = {
  key: string;
  label: string;
  /** One value per category, in the order of `categories`. */
  values: readonly number[];
  /** The least each value should reach (a minimum level), per category; null for none. */
  minimums: readonly (number | null)[];
};

export type SmallMultipleBarsProps = {
  id: string;
  title: string;
  description: string;
  categories: readonly { key: string; label: string }[];
  panels: readonly SmallMultiple[];
  /** The top of every panel's axis (the same for all, so panels compare at a glance). */
  max: number;
  /** What a panel's image says, read out for each panel (its bars in words). */
  panelLabel: (panel: SmallMultiple) => string;
  formatCell: (value: number, minimum: number | null) => string;
  legend: { meets: string; below: string; minimum: string };
  table: { caption: string; corner: string };
};

const WIDTH = 300;
const LEFT = 64;
const RIGHT = 12;
const ROW = 22;
const TOP = 8;
const AXIS = 24;

/**
 * Small multiples: one small horizontal bar chart per item (a bid), each bar a category (a
 * sovereignty objective), all on the same axis, with each category's minimum as a tick. A bar
 * below its minimum is hatched as well as coloured; the legend names both, and the table under
 * the panels gives every value with its minimum. An accessible stand-in for a radar chart.
 */
export function SmallMultipleBars(props: SmallMultipleBarsProps) {
  const { id, title, description, categories, panels, max } = props;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const height = TOP + categories.length * ROW + AXIS;
  const x = (value: number) => LEFT + (value / max) * (WIDTH - LEFT - RIGHT);
  const ticks = Array.from({ length: max + 1 }, (_, index) => index);

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
      <div className="grid max-w-5xl gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {panels.map((panel, panelIndex) => {
          const chartId = `${id}-${panelIndex}`;
          return (
            <div key={panel.key}>
              <p className="mb-1 font-semibold">{panel.label}</p>
              <svg
                role="img"
                aria-label={props.panelLabel(panel)}
                viewBox={`0 0 ${WIDTH} ${height}`}
                className="h-auto w-full"
                fontSize="13"
              >
                <FillPatterns chartId={chartId} count={2} />
                {ticks.map((tick) => (
                  <g key={tick}>
                    <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={height - AXIS} stroke={CHART_GRID} />
                    <text x={x(tick)} y={height - 6} textAnchor="middle" fill={CHART_INK}>
                      {tick}
                    </text>
                  </g>
                ))}
                {categories.map((category, index) => {
                  const value = panel.values[index] ?? 0;
                  const minimum = panel.minimums[index] ?? null;
                  const below = minimum !== null && value < minimum;
                  const top = TOP + index * ROW;
                  return (
                    <g key={category.key}>
                      <text x={LEFT - 6} y={top + 15} textAnchor="end" fill={CHART_INK}>
                        {category.label}
                      </text>
                      {value > 0 ? (
                        <rect
                          x={x(0)}
                          y={top + 4}
                          width={x(value) - x(0)}
                          height={ROW - 8}
                          fill={`url(#${patternId(chartId, below ? 1 : 0)})`}
                          stroke={CHART_INK}
                        />
                      ) : null}
                      {minimum !== null ? (
                        <line
                          x1={x(minimum)}
                          x2={x(minimum)}
                          y1={top + 1}
                          y2={top + ROW - 1}
                          stroke={CHART_INK}
                          strokeWidth="3"
                        />
                      ) : null}
                    </g>
                  );
                })}
              </svg>
            </div>
          );
        })}
      </div>
      <ul className="mt-3 flex max-w-3xl flex-wrap gap-x-6 gap-y-2">
        <li className="flex items-center gap-2">
          <FillSwatch chartId={`${id}-legend`} index={0} />
          {props.legend.meets}
        </li>
        <li className="flex items-center gap-2">
          <FillSwatch chartId={`${id}-legend`} index={1} />
          {props.legend.below}
        </li>
        <li className="flex items-center gap-2">
          <svg width="12" height="20" viewBox="0 0 12 20" aria-hidden="true" focusable="false" className="shrink-0">
            <line x1="6" x2="6" y1="1" y2="19" stroke={CHART_INK} strokeWidth="3" />
          </svg>
          {props.legend.minimum}
        </li>
      </ul>
      <FiguresTable
        className="mt-4"
        caption={props.table.caption}
        corner={props.table.corner}
        columns={categories.map((category) => category.label)}
        rows={panels.map((panel) => ({
          label: panel.label,
          cells: categories.map((_, index) =>
            props.formatCell(panel.values[index] ?? 0, panel.minimums[index] ?? null),
          ),
        }))}
      />
    </figure>
  );
}
