import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-table";

export type FiguresTableRow = {
  label: ReactNode;
  cells: ReactNode[];
  /** Set apart on a tinted background (the authority's internal costs beside a bid's prices). */
  apart?: boolean;
};

/**
 * A table of figures: a header naming each row, right-aligned figures, in a ScrollTable. Charts give their figures in one, under
 * the drawing: what a screen reader reads and anyone can copy.
 */
export function FiguresTable({
  id,
  caption,
  corner,
  columns,
  rows,
  total,
  className = "mb-6",
}: {
  id?: string;
  caption: string;
  /** The header of the first column, which names the rows. */
  corner: string;
  columns: ReactNode[];
  rows: FiguresTableRow[];
  /** The totals, in bold under a rule. */
  total?: Omit<FiguresTableRow, "apart">;
  /** The spacing around the table. */
  className?: string;
}) {
  return (
    <ScrollTable id={id} caption={caption} className={className}>
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
          <tr key={rowIndex} className={`border-b border-line ${row.apart ? "bg-surface" : ""}`}>
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
      {total ? (
        <tfoot>
          <tr className="border-t-2 border-ink font-semibold">
            <th scope="row" className="py-2 pr-4">
              {total.label}
            </th>
            {total.cells.map((cell, index) => (
              <td key={index} className="py-2 pr-4 text-right whitespace-nowrap tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      ) : null}
    </ScrollTable>
  );
}
