import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/** One row per requirement: its identifier, level and text. */
export function requirementsRows(tender: TenderDto, { t }: Formatters): Row[] {
  if (tender.requirements.length === 0) return [{ key: "requirements", value: null }];
  return tender.requirements.map((requirement) => ({
    key: requirement.key,
    label: `${requirement.key} · ${t(`requirementLevel.${requirement.level}`)}`,
    value: requirement.text,
  }));
}
