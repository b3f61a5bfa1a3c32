/** A table of amounts: one row header, right-aligned figures; it scrolls sideways when narrow. */
export function TcoTable({
  id,
  caption,
  corner,
  columns,
  rows,
}: {
  id: string;
  caption: string;
  corner: string;
  columns: string[];
  rows: { label: string; cells: string[]; strong?: boolean; apart?: boolean }[];
}) {
  return (
    <div id={id} role="region" aria-label={caption} tabIndex={0} className="mb-6 max-w-full overflow-x-auto">
      <table className="border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {corner}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4 text-right">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.label}
              className={`border-b border-line ${row.strong ? "border-t-2 border-t-ink font-semibold" : ""} ${row.apart ? "bg-surface" : ""}`}
            >
              <th scope="row" className={`py-2 pr-4 ${row.strong ? "" : "font-normal"}`}>
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
