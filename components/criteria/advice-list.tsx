"use client";
import { useTranslations } from "next-intl";
import type { Problem } from "@/lib/domain/tender/problem";

/**
 * Advice on the criteria, in words ("Warning: …"), in a live region that stays on the page so
 * that advice appearing as the drafter changes a formula or a weight is read out.
 */
export function AdviceList({ problems, emptyText }: { problems: readonly Problem[]; emptyText?: string }) {
  const t = useTranslations("problems");
  return (
    <div role="status" className={problems.length > 0 ? "mb-6" : ""}>
      {problems.length === 0 ? (
        emptyText ? (
          <p className="mb-6">{emptyText}</p>
        ) : null
      ) : (
        <ul className="space-y-2">
          {problems.map((problem) => (
            <li
              key={`${problem.code}-${problem.path ?? ""}`}
              className={`border-l-4 pl-3 ${problem.severity === "error" ? "border-danger" : "border-brand"}`}
            >
              <strong>{t(`severity.${problem.severity}`)}: </strong>
              {t(problem.code, problem.values)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
