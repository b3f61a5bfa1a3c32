import { RISK_FACTORS, RISK_LEVEL_CODES, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/**
 * The four answers of the risk assessment (which the minimums follow from), then one row per
 * objective: the minimum SEAL, its weight, and any justification.
 */
export function sovereigntyRows(tender: TenderDto, { t }: Formatters): Row[] {
  const profile = tender.sovereignty;
  if (!profile) return [{ key: "sovereignty", value: null }];
  const answers = RISK_FACTORS.map((factor) => ({
    key: factor,
    label: t(`sovereignty.factors.${factor}.name`),
    value: t(`sovereignty.factors.${factor}.levels.${RISK_LEVEL_CODES[factor][profile.assessment[factor]]}.label`),
  }));
  const minimums = SOVEREIGNTY_OBJECTIVES.map((objective) => {
    const requirement = profile.minimumSeal[objective];
    return {
      key: objective,
      label: `${objective} · ${t(`sovereigntyObjective.${objective}`)}`,
      value: [
        t("review.sealAndWeight", { seal: requirement.seal, weight: profile.weights[objective] }),
        ...(requirement.justification ? [requirement.justification] : []),
      ],
    };
  });
  return [...answers, ...minimums];
}
