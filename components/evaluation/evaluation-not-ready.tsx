import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { Problem } from "@/lib/domain/tender/problem";
import type { EvaluationReadiness } from "@/lib/server/evaluation/result-access";

/**
 * Why there is no ranking yet, and what has to happen first: the ranking rests on final scores,
 * which exist only once every evaluator has submitted and the chair has completed the consensus.
 */
export async function EvaluationNotReady({
  readiness,
  problems,
}: {
  readiness: EvaluationReadiness;
  problems: readonly Problem[];
}) {
  const t = await getTranslations("evaluationResults.notReady");
  const tRoot = await getTranslations();
  const translate = tRoot as unknown as (key: string, values?: Record<string, string | number>) => string;
  const body =
    readiness.kind === "SCORES_PENDING"
      ? t("SCORES_PENDING", { submitted: readiness.submitted, expected: readiness.expected })
      : readiness.kind === "READY"
        ? t("INCOMPLETE")
        : t(readiness.kind);
  return (
    <Notice title={t("title")}>
      <p>{body}</p>
      {problems.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {problems.slice(0, 10).map((problem, index) => (
            <li key={index}>{translate(`problems.${problem.code}`, problem.values)}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
