import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { Formatters, Row } from "../summary-row";

/** One row per criterion, sub-criteria after their parent, with the weight. */
export function criteriaRows(tender: TenderDto, { t }: Formatters): Row[] {
  const all = flattenCriteria(tender.award?.criteria ?? []);
  if (all.length === 0) return [{ key: "criteria", value: null }];
  return all.map(({ criterion, depth }) => ({
    key: criterion.key,
    label: `${"– ".repeat(depth)}${criterion.name ?? criterion.key}`,
    value: t("review.criterionWeight", { kind: t(`criterionKind.${criterion.kind}`), weight: criterion.weight }),
  }));
}
