import type { RequirementLevel } from "@/lib/domain/tender/requirements";

/** One requirement as the form holds it: no level until the drafter picks one; "" for no link. */
export type RequirementFormItem = {
  key: string;
  text: string;
  level: RequirementLevel | null;
  criterionKey: string;
};

/** The list's own field, whatever ids the form holds beside it (the tender's section, the template builder). */
export type RequirementListValues = { requirements: RequirementFormItem[] };
