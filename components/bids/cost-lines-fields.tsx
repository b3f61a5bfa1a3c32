"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { listItemControlId } from "@/components/forms/list-item-controls";
import { ListStatus } from "@/components/forms/list-status";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import { COST_CATEGORIES } from "@/lib/domain/bids/bid-model";
import { MAX_INTERNAL_COST_LINES } from "@/lib/domain/bids/internal-costs";
import type { InternalCostLineInput } from "@/lib/schemas/internal-costs";

export type CostLinesFormValues = { lines: InternalCostLineInput[] };

const LIST_ID = "lines";
const ADD_BUTTON_ID = "lines-add";
const lineHeadingId = (index: number) => `line-${index}-heading`;
const NEW_LINE: InternalCostLineInput = { category: "INTERNAL_STAFF", year: "1", amount: "", note: "" };

/** The name a line goes by in headings, buttons and the error summary ("Line 2: Internal staff"). */
export function useCostLineName() {
  const t = useTranslations("internalCosts.editor");
  const tCategory = useTranslations("costLines.categories");
  return (line: Partial<InternalCostLineInput> | undefined, index: number) =>
    line?.category
      ? t("lineHeadingWithCategory", { number: index + 1, category: tCategory(line.category) })
      : t("lineHeading", { number: index + 1 });
}

/**
 * The authority's internal cost lines as an editable list: category, year, amount and note per
 * line, added and removed with the focus and announcements of useEditableList.
 */
export function CostLinesFields({
  form,
  fieldError,
  currency,
  lastYear,
}: {
  form: UseFormReturn<CostLinesFormValues>;
  fieldError: (name: string) => string | undefined;
  currency: string;
  /** The tender's last year (horizon plus exit period); null when it has no horizon yet. */
  lastYear: number | null;
}) {
  const t = useTranslations("internalCosts.editor");
  const tCategory = useTranslations("costLines.categories");
  const nameOf = useCostLineName();
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "lines" });
  const lines = (useWatch({ control: form.control, name: "lines" }) ?? []) as InternalCostLineInput[];
  const list = useEditableList<InternalCostLineInput>({
    listId: LIST_ID,
    items: lines,
    nameOf,
    firstFieldId: (index) => fieldId(`lines.${index}.category`),
    headingId: lineHeadingId,
    addButtonId: ADD_BUTTON_ID,
    append,
    insert,
    remove,
    move,
  });
  const categories = COST_CATEGORIES.map((category) => ({ value: category, label: tCategory(category) }));

  return (
    <section aria-labelledby="lines-heading" className="mb-6">
      <h2 id="lines-heading" className="mb-1 text-xl">
        {t("listHeading")}
      </h2>
      {fields.length === 0 ? <p className="text-muted mb-4">{t("empty")}</p> : null}
      <ol className="mb-4 space-y-6">
        {fields.map((field, index) => {
          const name = nameOf(lines[index], index);
          const path = (key: keyof InternalCostLineInput) => `lines.${index}.${key}` as const;
          return (
            <li key={field.id}>
              <fieldset className="min-w-0 rounded border border-line p-4">
                <legend className="px-1">
                  <h3 id={lineHeadingId(index)} tabIndex={-1} className="text-lg">
                    {name}
                  </h3>
                </legend>
                <SelectField
                  name={path("category")}
                  label={t("category")}
                  error={fieldError(path("category"))}
                  options={categories}
                  registration={form.register(path("category"))}
                />
                <TextField
                  name={path("year")}
                  label={t("year")}
                  hint={lastYear === null ? t("yearHintNoHorizon") : t("yearHint", { last: lastYear })}
                  inputMode="numeric"
                  className="max-w-24"
                  error={fieldError(path("year"))}
                  registration={form.register(path("year"))}
                />
                <TextField
                  name={path("amount")}
                  label={t("amount", { currency })}
                  hint={t("amountHint")}
                  inputMode="decimal"
                  className="max-w-xs"
                  error={fieldError(path("amount"))}
                  registration={form.register(path("amount"))}
                />
                <TextField
                  name={path("note")}
                  label={t("note")}
                  optionalLabel={t("optional")}
                  error={fieldError(path("note"))}
                  registration={form.register(path("note"))}
                />
                <Button
                  id={listItemControlId(LIST_ID, index, "remove")}
                  variant="secondary"
                  onClick={() => list.removeAt(index)}
                >
                  {t("remove")}
                  <span className="sr-only"> {name}</span>
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ListStatus announcement={list.announcement} removedName={list.removedName} onUndo={list.undo} />
      {fields.length < MAX_INTERNAL_COST_LINES ? (
        <Button id={ADD_BUTTON_ID} variant="secondary" onClick={() => list.add({ ...NEW_LINE })}>
          {t("add")}
        </Button>
      ) : (
        <p id={ADD_BUTTON_ID} tabIndex={-1}>
          {t("limitReached", { max: MAX_INTERNAL_COST_LINES })}
        </p>
      )}
    </section>
  );
}
