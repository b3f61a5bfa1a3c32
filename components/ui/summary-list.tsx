import type { ReactNode } from "react";

export type SummaryRow = { key: string; label: string; value: ReactNode };

/** A "key: value" list, one row per fact, as the check-your-answers pages show them. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="mb-6 border-t border-line">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 border-b border-line py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="whitespace-pre-line sm:col-span-2">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
