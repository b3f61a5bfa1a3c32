"use client";
import { useTranslations } from "next-intl";
import type { Problem } from "@/lib/domain/tender/problem";

/**
 * Findings of the tender rules, in words. Each code has a message under "problems" in the
 * translation files; errors and warnings are told apart by text, not only by colour.
 */
export function ProblemList({ problems, emptyText }: { problems: readonly Problem[]; emptyText: string }) {
  const t = useTranslations("problems");
  if (problems.length === 0) return <p role="status">{emptyText}</p>;
  return (
    <div role="status">
      <ul className="space-y-2">
        {problems.map((problem, index) => (
          <li
            key={`${problem.code}-${problem.path ?? ""}-${index}`}
            className={`border-l-4 pl-3 ${problem.severity === "error" ? "border-danger" : "border-brand"}`}
          >
            <strong>{t(`severity.${problem.severity}`)}: </strong>
            {t.has(problem.code) ? t(problem.code, { ...problem.values, path: problem.path ?? "" }) : problem.code}
          </li>
        ))}
      </ul>
    </div>
  );
}
