"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, type FieldArray } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import type { AwardFormValues } from "@/lib/schemas/award-criteria";
import { fieldAt, type CriteriaFormApi } from "./criteria-form-api";
import { useFocusAfterRender } from "./use-focus-after-render";

export type LevelName = "criteria" | `criteria.${number}.children`;
type Item = FieldArray<AwardFormValues, LevelName>;

/** Ids of a criterion's focusable parts, shared by the list and the criterion's own fields. */
export const criterionIds = (path: string) => ({
  group: `${fieldId(path)}-group`,
  moveUp: `${fieldId(path)}-move-up`,
  moveDown: `${fieldId(path)}-move-down`,
});

/**
 * One level of the criteria tree (the top level, or a criterion's sub-criteria): add, move and
 * remove, with focus placed where a keyboard user expects it. A new criterion's name takes focus;
 * after a move, focus stays on the button pressed (or its pair at either end); after a removal it
 * goes to the criterion that took the removed one's place, else to the level's add button.
 */
export function useCriteriaLevel(api: CriteriaFormApi, name: LevelName, addButtonId: string) {
  const t = useTranslations("tenders.criteria");
  const { fields, append, remove, move, replace } = useFieldArray<AwardFormValues, LevelName>({
    control: api.form.control,
    name,
  });
  const focusLater = useFocusAfterRender();
  const pathOf = (index: number) => `${name}.${index}`;
  const nameOf = (index: number) => {
    const typed = String(api.form.getValues(fieldAt(pathOf(index), "name")) ?? "").trim();
    return typed || t("unnamed", { number: index + 1 });
  };

  return {
    fields,
    pathOf,
    replace: (items: Item[]) => replace(items),
    add: (item: Item) => append(item, { focusName: fieldAt(pathOf(fields.length), "name") }),
    removeAt: (index: number) => {
      const removed = nameOf(index);
      remove(index);
      const left = fields.length - 1;
      focusLater(left > 0 ? criterionIds(pathOf(Math.min(index, left - 1))).group : addButtonId);
      api.announce(t("removed", { name: removed }));
    },
    moveBy: (index: number, step: -1 | 1) => {
      const moved = nameOf(index);
      const to = index + step;
      move(index, to);
      const atTop = to === 0;
      const atBottom = to === fields.length - 1;
      const ids = criterionIds(pathOf(to));
      focusLater(step === -1 ? (atTop ? ids.moveDown : ids.moveUp) : atBottom ? ids.moveUp : ids.moveDown);
      api.announce(t("moved", { name: moved, position: to + 1 }));
    },
  };
}
