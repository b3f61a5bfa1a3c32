import type { ReactNode } from "react";

/** The header row of a data table: one column header per entry, scoped for screen readers. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-ink">
        {columns.map((column, index) => (
          <th key={index} scope="col" className="py-2 pr-4">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
