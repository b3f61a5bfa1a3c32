/**
 * How the charts tell series apart without relying on colour (WCAG 1.4.1): each series of a
 * stacked bar has a fill pattern as well as a colour, and every segment a dark outline (1.4.11:
 * 3:1 against white); each line has its own dash and marker shape. The legend repeats both.
 */

const FILLS = [
  "#9ecae1",
  "#fdae6b",
  "#a1d99b",
  "#bcbddc",
  "#fdd0a2",
  "#c7e9c0",
  "#f4a6a6",
  "#d9d9d9",
  "#9ebcda",
  "#fee391",
  "#d4b9da",
  "#b8e3df",
];

type PatternKind = "solid" | "diagonal" | "dots" | "horizontal" | "crosshatch" | "vertical" | "backDiagonal" | "grid";
const PATTERNS: PatternKind[] = ["solid", "diagonal", "dots", "horizontal", "crosshatch", "vertical", "backDiagonal", "grid"]; // prettier-ignore

const INK = "#1b1b1b";

export function patternId(chartId: string, index: number): string {
  return `${chartId}-fill-${index}`;
}

/** The `<defs>` of one fill pattern per series, used by the bars. */
export function FillPatterns({ chartId, count }: { chartId: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => (
        <FillPattern key={index} id={patternId(chartId, index)} index={index} />
      ))}
    </defs>
  );
}

function FillPattern({ id, index }: { id: string; index: number }) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={FILLS[index % FILLS.length]} />
      <PatternMarks kind={PATTERNS[index % PATTERNS.length]!} />
    </pattern>
  );
}

function PatternMarks({ kind }: { kind: PatternKind }) {
  const stroke = { stroke: INK, strokeWidth: 1.2 };
  switch (kind) {
    case "solid":
      return null;
    case "diagonal":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...stroke} />;
    case "backDiagonal":
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...stroke} />;
    case "dots":
      return <circle cx="4" cy="4" r="1.5" fill={INK} />;
    case "horizontal":
      return <path d="M0,4 h8" {...stroke} />;
    case "vertical":
      return <path d="M4,0 v8" {...stroke} />;
    case "crosshatch":
      return <path d="M0,8 l8,-8 M0,0 l8,8" {...stroke} strokeWidth={0.9} />;
    case "grid":
      return <path d="M0,4 h8 M4,0 v8" {...stroke} strokeWidth={0.9} />;
  }
}

/** A legend swatch: the series' pattern in a small outlined square (its own copy of the pattern). */
export function FillSwatch({ chartId, index }: { chartId: string; index: number }) {
  const id = `${patternId(chartId, index)}-swatch`;
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="shrink-0">
      <defs>
        <FillPattern id={id} index={index} />
      </defs>
      <rect x="1" y="1" width="18" height="18" fill={`url(#${id})`} stroke={INK} />
    </svg>
  );
}

/** Line colours, each at least 4.5:1 against white. */
const STROKES = ["#0b3d91", "#b00020", "#00703c", "#6a3d9a", "#8a4b08", "#1b1b1b", "#005f73", "#9c2a6b"];
const DASHES = ["", "8 4", "2 4", "12 4 2 4", "4 4", "12 6", "2 2", "8 2 2 2"];
export type MarkerShape = "circle" | "square" | "triangle" | "diamond";
const MARKERS: MarkerShape[] = ["circle", "square", "triangle", "diamond"];

export function lineStyle(index: number) {
  return {
    stroke: STROKES[index % STROKES.length]!,
    dash: DASHES[index % DASHES.length]!,
    marker: MARKERS[index % MARKERS.length]!,
  };
}

/** A point of a line, in the line's shape, centred on (x, y). */
export function Marker({ shape, x, y, colour }: { shape: MarkerShape; x: number; y: number; colour: string }) {
  const size = 5;
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={size} fill={colour} />;
    case "square":
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={colour} />;
    case "triangle":
      return <path d={`M${x},${y - size - 1} L${x + size + 1},${y + size} L${x - size - 1},${y + size} Z`} fill={colour} />; // prettier-ignore
    case "diamond":
      return <path d={`M${x},${y - size - 1} L${x + size + 1},${y} L${x},${y + size + 1} L${x - size - 1},${y} Z`} fill={colour} />; // prettier-ignore
  }
}

/** A legend sample of a line: its dash and its marker. */
export function LineSwatch({ index }: { index: number }) {
  const style = lineStyle(index);
  return (
    <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false" className="shrink-0">
      <line x1="2" y1="8" x2="34" y2="8" stroke={style.stroke} strokeWidth="2.5" strokeDasharray={style.dash} />
      <Marker shape={style.marker} x={18} y={8} colour={style.stroke} />
    </svg>
  );
}

export const CHART_INK = INK;
export const CHART_GRID = "#b1b4b6";
