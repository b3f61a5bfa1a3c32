"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { createContext, useContext, type ReactNode } from "react";
import type { LintSeverity } from "@/lib/domain/lint";
import type { TenderSection } from "@/lib/domain/tender/tender-tasks";

/** A finding ready to show on a section page: its words already in the reader's language. */
export type LintFindingView = {
  key: string;
  section: string;
  severity: LintSeverity;
  severityText: string;
  where: string;
  message: string;
};

type TenderFindings = { tenderId: string; findings: LintFindingView[] };

const LintFindingsContext = createContext<TenderFindings | null>(null);

/**
 * Holds the lock-in findings of the saved tender (errors, and warnings not set aside) for its
 * section pages; the tender's layout lints it (components never load data).
 */
export function LintFindingsProvider({ children, ...value }: TenderFindings & { children: ReactNode }) {
  return <LintFindingsContext value={value}>{children}</LintFindingsContext>;
}

/** The sections whose texts or facts the linter reads (lib/domain/lint/tender-fields.ts, tender-rules.ts). */
const LINTED_SECTIONS = new Set<TenderSection>([
  "about",
  "procedure",
  "lots",
  "criteria",
  "requirements",
  "clauses",
  "sovereignty",
  "phases",
]);

/**
 * A section page's own findings, compact, with the way to the openness check where they can be
 * fixed or set aside. They are the saved tender's: the section forms save in the background a
 * few seconds after the drafter stops typing, and the save renders the page again, so the list
 * follows the typing with that delay (the debounce). Changes are announced politely.
 */
export function SectionLintFindings({ section }: { section: TenderSection }) {
  const t = useTranslations("tenders.openness");
  const context = useContext(LintFindingsContext);
  if (!context || !LINTED_SECTIONS.has(section)) return null;
  const here = context.findings.filter((finding) => finding.section === section);
  return (
    <section aria-labelledby="section-lint-heading" className="bg-surface mb-8 rounded border border-line p-4">
      <h2 id="section-lint-heading" className="mb-2 text-xl">
        {t("sectionFindings.heading")}
      </h2>
      <div aria-live="polite">
        {here.length === 0 ? (
          <p>{t("noFindings")}</p>
        ) : (
          <ul className="mb-3 space-y-2">
            {here.map((finding, index) => (
              <li
                key={`${finding.key}-${index}`}
                className={`border-l-4 pl-3 ${finding.severity === "error" ? "border-danger" : "border-brand"}`}
              >
                <strong>
                  {finding.severityText} ({finding.where}):
                </strong>{" "}
                {finding.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {here.length > 0 ? (
        <p>
          <Link href={`/tenders/${context.tenderId}/openness`}>{t("sectionFindings.link")}</Link>
        </p>
      ) : null}
    </section>
  );
}
