import { getTranslations } from "next-intl/server";
import { AutomaticOpennessFigures } from "@/components/evaluation/automatic-openness-figures";
import type { AutomaticOpennessView } from "@/lib/domain/evaluation/evaluation-view";
import type { ScoredCriterion } from "@/lib/domain/panel/scoring-rules";

/**
 * An openness criterion the tender computes automatically, where the panel would otherwise score
 * it (scoring and consensus pages): said to be computed, not scored, with the bid's figures.
 */
export async function AutomaticCriterion({
  bidId,
  bidName,
  criterion,
  figures,
}: {
  bidId: string;
  bidName: string;
  criterion: ScoredCriterion;
  figures: AutomaticOpennessView | undefined;
}) {
  const t = await getTranslations("evaluationResults.automaticOpenness");
  const headingId = `automatic-${bidId}-${criterion.key}`;
  return (
    <section aria-labelledby={headingId} className="mb-8 border-l-4 border-line pl-4">
      <h3 id={headingId} className="mb-1 text-xl">
        {criterion.parentName ? `${criterion.parentName} · ${criterion.name}` : criterion.name}
        <span className="sr-only"> · {bidName}</span>
      </h3>
      <p className="mb-2 font-semibold">{t("notScored")}</p>
      {figures ? <AutomaticOpennessFigures figures={figures} /> : null}
    </section>
  );
}
