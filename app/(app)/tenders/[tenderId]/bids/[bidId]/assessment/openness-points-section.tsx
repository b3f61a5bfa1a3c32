import { getTranslations } from "next-intl/server";
import { AutomaticOpennessFigures } from "@/components/evaluation/automatic-openness-figures";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";

/**
 * The bid's points on each openness criterion the tender computes automatically, from its
 * licences and open standards above, by the rule the tender published: they count in the ranking
 * as they are, since the panel does not score these criteria.
 */
export async function OpennessPointsSection({ bid }: { bid: BidFullAssessmentView }) {
  const [t, tRule] = await Promise.all([
    getTranslations("bidAssessment.opennessPoints"),
    getTranslations("tenders.criteria.automaticOpenness"),
  ]);
  return (
    <section aria-labelledby="openness-points-heading" className="mb-12">
      <h2 id="openness-points-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      {bid.automaticOpenness.map((figures) => (
        <div key={figures.criterionKey} className="mb-6 max-w-3xl">
          <h3 className="mb-1 text-xl">{figures.criterionName}</h3>
          <p className="mb-2">
            {tRule("method", { licences: figures.mix.licencesPercent, standards: figures.mix.standardsPercent })}
          </p>
          <AutomaticOpennessFigures figures={figures} />
        </div>
      ))}
    </section>
  );
}
