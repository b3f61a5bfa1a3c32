import type { ReactNode } from "react";

export type ChartTableRow = { label: ReactNode; cells: ReactNode[] };

/**
 * The figures of a chart as a table, under it: what a screen reader reads and anyone can copy.
 * It scrolls sideways on a narrow screen, and can be scrolled with the keyboard.
 */
export function ChartDataTable({
  caption,
  corner,
  columns,
  rows,
}: {
  caption: string;
  /** The header of the first column, which names the rows. */
  corner: string;
  columns: ReactNode[];
  rows: ChartTableRow[];
}) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="mt-4 max-w-full overflow-x-auto">
      <table className="border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {corner}
            </th>
            {columns.map((column, index) => (
              <th key={index} scope="col" className="py-2 pr-4 text-right">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className="py-2 pr-4 text-right whitespace-nowrap tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
