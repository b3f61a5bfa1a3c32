"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { ListStatus } from "@/components/forms/list-status";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import { BIDDER_COST_CATEGORIES } from "@/lib/domain/bids/bid-model";
import type { BidRegistrationContext } from "@/lib/domain/bids/check-bid-registration";
import { MAX_COST_LINES } from "@/lib/schemas/bid";
import type { BidFormApi } from "./bid-form";
import { costYearOptions, NEW_COST_LINE, type CostLineValues } from "./form-values";

const LIST_ID = "costLines";
const ADD_BUTTON_ID = "costLines-add";
const headingId = (index: number) => `costLine-${index}-heading`;

/**
 * The bid's price schedule as cost lines: category (the authority's own staff is not the bidder's
 * to price), year of the tender's cost period, amount, note.
 */
export function CostLineList({
  api: { form, fieldError },
  currency,
  context,
}: {
  api: BidFormApi;
  currency: string;
  context: BidRegistrationContext;
}) {
  const t = useTranslations("bidReception.form.costLines");
  const tCategory = useTranslations("costLines.categories");
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "costLines" });
  const items = (useWatch({ control: form.control, name: "costLines" }) ?? []) as CostLineValues[];
  const nameOf = (_: CostLineValues, index: number) => t("heading", { number: index + 1 });
  const list = useEditableList<CostLineValues>({
    listId: LIST_ID,
    items,
    nameOf,
    firstFieldId: (index) => fieldId(`costLines.${index}.category`),
    headingId,
    addButtonId: ADD_BUTTON_ID,
    append,
    insert,
    remove,
    move,
  });
  const categories = [
    { value: "", label: t("chooseCategory") },
    ...BIDDER_COST_CATEGORIES.map((category) => ({ value: category, label: tCategory(category) })),
  ];
  const years = [
    { value: "", label: t("chooseYear") },
    ...costYearOptions(context).map(({ year, kind }) => ({
      value: String(year),
      label: kind === "start" ? t("yearStart") : kind === "exit" ? t("yearExit", { year }) : t("year", { year }),
    })),
  ];

  return (
    <section aria-labelledby="costLines-heading" className="mb-8">
      <h2 id="costLines-heading" className="mb-1 text-2xl">
        {t("listHeading")}
      </h2>
      <p className="text-muted mb-4">{t("listHint")}</p>
      {fields.length === 0 ? <p className="mb-4">{t("empty")}</p> : null}
      <ol className="mb-4 space-y-6">
        {fields.map((field, index) => {
          const name = nameOf(items[index]!, index);
          const path = <Key extends keyof CostLineValues>(key: Key) => `costLines.${index}.${key}` as const;
          return (
            <li key={field.id}>
              <fieldset className="min-w-0 rounded border border-line p-4">
                <legend className="px-1">
                  <h3 id={headingId(index)} tabIndex={-1} className="text-lg">
                    {name}
                  </h3>
                </legend>
                <div className="flex flex-wrap gap-x-6">
                  <SelectField
                    name={path("category")}
                    label={t("category")}
                    error={fieldError(path("category"))}
                    options={categories}
                    registration={form.register(path("category"))}
                  />
                  <SelectField
                    name={path("year")}
                    label={t("yearLabel")}
                    error={fieldError(path("year"))}
                    options={years}
                    registration={form.register(path("year"))}
                  />
                </div>
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
                <ListItemControls
                  listId={LIST_ID}
                  index={index}
                  count={fields.length}
                  itemName={name}
                  onMove={list.moveItem}
                  onRemove={list.removeAt}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ListStatus announcement={list.announcement} removedName={list.removedName} onUndo={list.undo} />
      {fields.length < MAX_COST_LINES ? (
        <Button id={ADD_BUTTON_ID} variant="secondary" onClick={() => list.add({ ...NEW_COST_LINE })}>
          {t("add")}
        </Button>
      ) : (
        <p id={ADD_BUTTON_ID} tabIndex={-1}>
          {t("limitReached", { max: MAX_COST_LINES })}
        </p>
      )}
    </section>
  );
}
