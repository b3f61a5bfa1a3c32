"use client";
import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { Markdown } from "@/components/ui/markdown";
import type { TenderSection } from "@/lib/domain/tender/tender-tasks";

/** The template's advice for each section of a tender started from it, and its suggested clauses. */
export type TemplateGuidanceView = {
  templateName: string;
  notes: Partial<Record<TenderSection, string[]>>;
  /** Titles of the optional clauses the template suggests (shown on the clauses page). */
  offeredClauses: string[];
};

const TemplateGuidanceContext = createContext<TemplateGuidanceView | null>(null);

/** Given by the tender's layout, which loads the template (components never load data). */
export function TemplateGuidanceProvider({ children, value }: { children: ReactNode; value: TemplateGuidanceView }) {
  return <TemplateGuidanceContext value={value}>{children}</TemplateGuidanceContext>;
}

/**
 * Beside a section of a tender started from a template: the guidance notes the template's
 * authors wrote for this section (sanitised Markdown), and on the clauses page the optional
 * clauses the template suggests. Nothing for a tender without a template.
 */
export function SectionTemplateGuidance({ section }: { section: TenderSection }) {
  const t = useTranslations("templateReuse.guidance");
  const context = useContext(TemplateGuidanceContext);
  const notes = context?.notes[section] ?? [];
  const offered = section === "clauses" ? (context?.offeredClauses ?? []) : [];
  if (!context || (notes.length === 0 && offered.length === 0)) return null;
  return (
    <section aria-labelledby="template-guidance-heading" className="border-brand mb-8 border-l-8 bg-blue-50 p-4">
      <h2 id="template-guidance-heading" className="mb-2 text-xl">
        {t("heading", { name: context.templateName })}
      </h2>
      {notes.map((note, index) => (
        <Markdown key={index} className="mb-2">
          {note}
        </Markdown>
      ))}
      {offered.length > 0 ? (
        <>
          <p className="mt-2 font-semibold">{t("offered")}</p>
          <ul className="list-disc pl-6">
            {offered.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
