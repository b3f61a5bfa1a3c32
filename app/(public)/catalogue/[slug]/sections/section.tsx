import type { ReactNode } from "react";

/** One part of a template's page, with an anchor for the page's table of contents. */
export function TemplateSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <h2 id={`${id}-heading`} className="mb-4 scroll-mt-4">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The sections in page order; the table of contents lists those with something to show. */
export const TEMPLATE_SECTIONS = [
  "summary",
  "intended-use",
  "clauses",
  "requirements",
  "sovereignty",
  "award",
  "guidance",
] as const;
export type TemplateSectionId = (typeof TEMPLATE_SECTIONS)[number];
