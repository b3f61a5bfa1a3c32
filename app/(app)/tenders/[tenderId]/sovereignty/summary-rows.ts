import { SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/** One row per objective: the minimum SEAL, its weight, and any justification. */
export function sovereigntyRows(tender: TenderDto, { t }: Formatters): Row[] {
  const profile = tender.sovereignty;
  if (!profile) return [{ key: "sovereignty", value: null }];
  return SOVEREIGNTY_OBJECTIVES.map((objective) => {
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
}
