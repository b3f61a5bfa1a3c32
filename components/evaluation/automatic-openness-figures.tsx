import { getTranslations } from "next-intl/server";
import type { AutomaticOpennessView } from "@/lib/domain/evaluation/evaluation-view";
import { evaluationFormatFor } from "./evaluation-format-server";

/**
 * One bid's figures on an openness criterion the tender computes automatically, step by step as
 * the published rule goes (lib/domain/evaluation/automatic-openness.ts): the licence share and
 * why, the standards share, the mix, and the points. The same on the scoring, consensus, ranking,
 * report and assessment pages, so that anyone can follow the computation with the bid at hand.
 */
export async function AutomaticOpennessFigures({ figures }: { figures: AutomaticOpennessView }) {
  const t = await getTranslations("evaluationResults.automaticOpenness");
  // Percentages and points alike: 2 decimals, as the evaluation rounds them for display.
  const format = await evaluationFormatFor("EUR");
  const number = format.pointsOf;
  const { mix, standards } = figures;
  const licenceShare = number(figures.licenceSharePercent);
  return (
    <ul className="mb-2 list-disc pl-6">
      <li>
        {figures.licenceBasis === "COMPONENTS"
          ? t("licences", { free: figures.freeComponents, components: figures.components, percent: licenceShare })
          : t(`licencesZero.${figures.licenceBasis}`, { free: figures.freeComponents, components: figures.components })}
      </li>
      <li>
        {standards && figures.standardsSharePercent
          ? t("standards", {
              met: standards.met,
              partlyMet: standards.partlyMet,
              required: standards.required,
              percent: number(figures.standardsSharePercent),
            })
          : t("noStandards")}
      </li>
      <li>
        {figures.standardsSharePercent
          ? t("score", {
              licences: mix.licencesPercent,
              licenceShare,
              standards: mix.standardsPercent,
              standardsShare: number(figures.standardsSharePercent),
              score: number(figures.scorePercent),
            })
          : t("scoreLicencesOnly", { score: number(figures.scorePercent) })}
      </li>
      <li className="font-semibold">{t("points", { points: number(figures.points), share: number(figures.share) })}</li>
    </ul>
  );
}
