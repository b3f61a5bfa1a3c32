import { criterionChoices } from "@/lib/domain/tender/requirements";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/** One row per requirement: its identifier and level, its text, and the criterion it is scored under. */
export function requirementsRows(tender: TenderDto, { t }: Formatters): Row[] {
  if (tender.requirements.length === 0) return [{ key: "requirements", value: null }];
  const criteria = new Map(criterionChoices(tender.award?.criteria ?? []).map(({ key, label }) => [key, label]));
  return tender.requirements.map((requirement) => ({
    key: requirement.key,
    label: `${requirement.key} · ${t(`requirementLevel.${requirement.level}`)}`,
    // Shown as plain text, Markdown marks included; the line break keeps the criterion apart.
    value:
      requirement.criterionKey === null
        ? requirement.text
        : `${requirement.text}\n\n${t("requirements.scoredUnder", {
            criterion: criteria.get(requirement.criterionKey) ?? requirement.criterionKey,
          })}`,
  }));
}
