import type { ReactNode } from "react";

/**
 * A data table named by its caption, in a region that scrolls sideways on a narrow screen and can
 * be focused and scrolled with the keyboard (WCAG 2.1.1, 1.4.10). The region bears the caption's
 * name, so a screen reader announces what it scrolls. `children` are the table's thead and tbody.
 */
export function ScrollTable({
  id,
  caption,
  captionHidden = false,
  className = "",
  children,
}: {
  id?: string;
  caption: string;
  /** The caption read out but not shown, where a heading above already says it. */
  captionHidden?: boolean;
  /** The spacing around the table. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div id={id} role="region" aria-label={caption} tabIndex={0} className={`${className} max-w-full overflow-x-auto`}>
      <table className="border-collapse text-left">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
