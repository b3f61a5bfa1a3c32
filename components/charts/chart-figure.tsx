import type { ComponentProps, ReactNode } from "react";
import { FiguresTable } from "@/components/ui/figures-table";

/** Every chart is drawn 720 units wide and scales down with the page. */
export const CHART_WIDTH = 720;

/**
 * What every chart has around its drawing: a figure named by its title, the description under
 * the title (also the image's description, read out with it), the SVG image with the same title
 * and description, a legend in words, and the table that gives the same figures.
 */
export function ChartFigure({
  id,
  title,
  description,
  height,
  legend,
  table,
  children,
}: {
  /** Unique on the page: it prefixes the ids of the title and description. */
  id: string;
  title: string;
  description: string;
  /** The drawing's height in the units of CHART_WIDTH. */
  height: number;
  legend: readonly { key: string; label: string; swatch: ReactNode }[];
  table: Omit<ComponentProps<typeof FiguresTable>, "id" | "className">;
  /** The drawing: SVG elements. */
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  return (
    <figure aria-labelledby={titleId} className="mb-10">
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
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        className="h-auto w-full max-w-3xl"
        fontSize="14"
      >
        <title>{title}</title>
        <desc>{description}</desc>
        {children}
      </svg>
      <ul className="mt-3 flex max-w-3xl flex-wrap gap-x-6 gap-y-2">
        {legend.map((entry) => (
          <li key={entry.key} className="flex items-center gap-2">
            {entry.swatch}
            {entry.label}
          </li>
        ))}
      </ul>
      <FiguresTable {...table} className="mt-4" />
    </figure>
  );
}
