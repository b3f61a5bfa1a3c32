import type { ReactNode } from "react";
import { TableHead } from "@/components/ui/table-head";

/**
 * A refused import file, as an alert above the form: how many problems and that nothing was kept
 * (`title`, `body`), then every problem as a row of the table, where it is first. `after` follows
 * the table (how many more problems there are).
 */
export function RefusedFile({
  title,
  body,
  caption,
  columns,
  rows,
  after,
}: {
  title: string;
  body: string;
  caption: string;
  columns: ReactNode[];
  rows: ReactNode[][];
  after?: ReactNode;
}) {
  return (
    <div role="alert" aria-labelledby="import-problems-title" className="border-danger mb-6 border-4 p-4">
      <h2 id="import-problems-title" className="mb-2 text-xl">
        {title}
      </h2>
      <p className="mb-4">{body}</p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={columns} />
        <tbody>
          {rows.map((cells, index) => (
            <tr key={index} className="border-b border-line align-top">
              {cells.map((cell, column) => (
                <td key={column} className="py-2 pr-4">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {after}
    </div>
  );
}
