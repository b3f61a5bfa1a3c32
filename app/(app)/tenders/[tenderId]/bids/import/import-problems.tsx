"use client";
import { useTranslations } from "next-intl";
import { RefusedFile } from "@/components/forms/refused-file";
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
    <RefusedFile
      title={t("refusedTitle", { count: problemCount })}
      body={t("refusedBody")}
      caption={t("problemsCaption")}
      columns={[t(format === "CSV" ? "row" : "bid"), t(format === "CSV" ? "column" : "path"), t("problem")]}
      rows={problems.map((problem) => [
        problem.row ?? t("wholeFile"),
        <code key="field">{problem.field ?? "—"}</code>,
        message(problem.message),
      ])}
      after={
        problemCount > problems.length ? (
          <p className="mt-4">{t("moreProblems", { shown: problems.length, count: problemCount })}</p>
        ) : null
      }
    />
  );
}
