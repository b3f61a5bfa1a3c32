"use client";
import { useTranslations } from "next-intl";
import { useMessage } from "@/components/forms/use-message";
import type { ImportProblem } from "@/lib/domain/bids/import/import-result";
import type { ImportFormat } from "@/lib/schemas/bid-reception";

/**
 * Every problem of a refused file, as a table: where (row, and the column or the path in the
 * file) and what is wrong. Nothing was registered, and the heading says so first.
 */
export function ImportProblems({
  format,
  problems,
  problemCount,
}: {
  format: ImportFormat;
  problems: ImportProblem[];
  problemCount: number;
}) {
  const t = useTranslations("bidReception.import");
  const message = useMessage();
  return (
    <div role="alert" aria-labelledby="import-problems-title" className="border-danger mb-6 border-4 p-4">
      <h2 id="import-problems-title" className="mb-2 text-xl">
        {t("refusedTitle", { count: problemCount })}
      </h2>
      <p className="mb-4">{t("refusedBody")}</p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("problemsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {t(format === "CSV" ? "row" : "bid")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t(format === "CSV" ? "column" : "path")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("problem")}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index} className="border-b border-line align-top">
              <td className="py-2 pr-4">{problem.row ?? t("wholeFile")}</td>
              <td className="py-2 pr-4">
                <code>{problem.field ?? "—"}</code>
              </td>
              <td className="py-2 pr-4">{message(problem.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problemCount > problems.length ? (
        <p className="mt-4">{t("moreProblems", { shown: problems.length, count: problemCount })}</p>
      ) : null}
    </div>
  );
}
