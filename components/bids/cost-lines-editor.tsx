"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { ListStatus } from "@/components/forms/list-status";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import { costYearOptions, lastCostYear } from "@/lib/domain/bids/cost-years";
import type { CostLineFormInput } from "@/lib/schemas/cost-line-form";
import { COST_LINES_KINDS, type CostLinesKind } from "./cost-lines-kinds";
import { costYearLabel } from "./cost-year-label";

/** A form holding its cost lines under `Name` ("costLines" in a bid, "lines" in the internal costs). */
type WithCostLines<Name extends string> = { [Key in Name]: CostLineFormInput[] };

/** The name a line goes by in its heading, its buttons and the error summary ("Price line 2: Hosting"). */
export function useCostLineName(kind: CostLinesKind) {
  const t = useTranslations(`costLines.editor.${kind}`);
  const tCategory = useTranslations("costLines.categories");
  return (line: Partial<CostLineFormInput> | undefined, index: number) =>
    line?.category
      ? t("lineHeadingWithCategory", { number: index + 1, category: tCategory(line.category) })
      : t("lineHeading", { number: index + 1 });
}

/**
 * Cost lines as an editable list: category, year, amount and note per line, added, moved and
 * removed with the focus and announcements of useEditableList. The same editor serves a bid's
 * prices and the authority's internal costs (`kind`: the categories offered, the words, the limit).
 * The year is chosen among the tender's years (0, the contract years, the exit period); a tender
 * without a horizon yet has no such list, so the year is typed.
 */
export function CostLinesEditor<Name extends string, Values extends WithCostLines<Name>>({
  form: typedForm,
  fieldError,
  name: listName,
  kind,
  currency,
  tcoHorizonYears,
}: {
  form: UseFormReturn<Values>;
  fieldError: (path: string) => string | undefined;
  name: Name;
  kind: CostLinesKind;
  currency: string;
  /** The tender's contract years N; null when it has none yet. */
  tcoHorizonYears: number | null;
}) {
  // The editor only reads and writes `${name}.…`, which `Values` guarantees to hold cost lines.
  const form = typedForm as unknown as UseFormReturn<WithCostLines<string>>;
  const name: string = listName;
  const t = useTranslations("costLines.editor");
  const tKind = useTranslations(`costLines.editor.${kind}`);
  const tCost = useTranslations("costLines");
  const nameOf = useCostLineName(kind);
  const { categories, maxLines, newLine } = COST_LINES_KINDS[kind];
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name });
  const lines = (useWatch({ control: form.control, name }) ?? []) as CostLineFormInput[];
  const headingId = (index: number) => `${name}-${index}-heading`;
  const addButtonId = `${name}-add`;
  const list = useEditableList<CostLineFormInput>({
    listId: name,
    items: lines,
    nameOf,
    firstFieldId: (index) => fieldId(`${name}.${index}.category`),
    headingId,
    addButtonId,
    append,
    insert,
    remove,
    move,
  });
  const categoryOptions = [
    { value: "", label: t("chooseCategory") },
    ...categories.map((category) => ({ value: category, label: tCost(`categories.${category}`) })),
  ];
  const yearOptions =
    tcoHorizonYears === null
      ? null
      : [
          { value: "", label: t("chooseYear") },
          ...costYearOptions(
            tcoHorizonYears,
            lines.map((line) => Number(line.year)),
          ).map(({ year }) => ({
            value: String(year),
            label: costYearLabel(tCost, year, lastCostYear(tcoHorizonYears)),
          })),
        ];

  return (
    <section aria-labelledby={`${name}-heading`} className="mb-8">
      <h2 id={`${name}-heading`} className="mb-1 text-2xl">
        {tKind("heading")}
      </h2>
      {tKind.has("hint") ? <p className="text-muted mb-4">{tKind("hint")}</p> : null}
      {fields.length === 0 ? <p className="mb-4">{tKind("empty")}</p> : null}
      <ol className="mb-4 space-y-6">
        {fields.map((field, index) => {
          const lineName = nameOf(lines[index], index);
          const path = (key: keyof CostLineFormInput) => `${name}.${index}.${key}` as const;
          return (
            <li key={field.id}>
              <fieldset className="min-w-0 rounded border border-line p-4">
                <legend className="px-1">
                  <h3 id={headingId(index)} tabIndex={-1} className="text-lg">
                    {lineName}
                  </h3>
                </legend>
                <div className="flex flex-wrap gap-x-6">
                  <SelectField
                    name={path("category")}
                    label={t("category")}
                    error={fieldError(path("category"))}
                    options={categoryOptions}
                    registration={form.register(path("category"))}
                  />
                  {yearOptions ? (
                    <SelectField
                      name={path("year")}
                      label={t("year")}
                      error={fieldError(path("year"))}
                      options={yearOptions}
                      registration={form.register(path("year"))}
                    />
                  ) : (
                    <TextField
                      name={path("year")}
                      label={t("year")}
                      hint={t("yearHint")}
                      inputMode="numeric"
                      className="max-w-24"
                      error={fieldError(path("year"))}
                      registration={form.register(path("year"))}
                    />
                  )}
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
                  listId={name}
                  index={index}
                  count={fields.length}
                  itemName={lineName}
                  onMove={list.moveItem}
                  onRemove={list.removeAt}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ListStatus announcement={list.announcement} removedName={list.removedName} onUndo={list.undo} />
      {fields.length < maxLines ? (
        <Button id={addButtonId} variant="secondary" onClick={() => list.add({ ...newLine })}>
          {tKind("add")}
        </Button>
      ) : (
        <p id={addButtonId} tabIndex={-1}>
          {tKind("limitReached", { max: maxLines })}
        </p>
      )}
    </section>
  );
}
