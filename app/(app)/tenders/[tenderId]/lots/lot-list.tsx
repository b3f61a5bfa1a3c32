"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { FieldMessages, fieldId } from "@/components/forms/field-messages";
import { ListStatus } from "@/components/forms/list-status";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import { MAX_LOTS } from "@/lib/domain/tender/lots";
import type { LotInput } from "@/lib/schemas/tender-lots";
import { LotFields, lotHeadingId } from "./lot-fields";
import { LotTotal } from "./lot-total";
import type { LotsFormValues } from "./lots-form";

const LIST_ID = "lots";
// The list-level error ("at least two lots") is reported on `lotCount`; its link lands on "Add a lot".
const ADD_BUTTON_ID = fieldId("lotCount");

/** The lots of a divided contract: one group of fields per lot, with the live total below. */
export function LotList({
  form,
  fieldError,
  newLot,
  currency,
  estimatedValueCents,
}: {
  form: UseFormReturn<LotsFormValues>;
  fieldError: (name: string) => string | undefined;
  newLot: () => LotInput;
  currency: string;
  estimatedValueCents: number | null;
}) {
  const t = useTranslations("tenders.lots");
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "lots" });
  const lots = (useWatch({ control: form.control, name: "lots" }) ?? []) as LotInput[];
  const nameOf = (lot: LotInput) =>
    lot.title.trim()
      ? t("lotHeadingWithTitle", { key: lot.key, title: lot.title.trim() })
      : t("lotHeading", { key: lot.key });
  const list = useEditableList<LotInput>({
    listId: LIST_ID,
    items: lots,
    nameOf,
    firstFieldId: (index) => fieldId(`lots.${index}.title`),
    headingId: lotHeadingId,
    addButtonId: ADD_BUTTON_ID,
    append,
    insert,
    remove,
    move,
  });
  const countError = fieldError("lotCount");

  return (
    <section aria-labelledby="lots-heading" className="mb-6">
      <h2 id="lots-heading" className="mb-1 text-xl">
        {t("listHeading")}
      </h2>
      <p className="text-muted mb-4">{t("listHint")}</p>
      <ol className="mb-4 space-y-6">
        {fields.map((field, index) => (
          <li key={field.id}>
            <LotFields
              form={form}
              index={index}
              count={fields.length}
              name={nameOf(lots[index] ?? (field as unknown as LotInput))}
              currency={currency}
              fieldError={fieldError}
              onMove={list.moveItem}
              onRemove={list.removeAt}
            />
          </li>
        ))}
      </ol>
      <ListStatus announcement={list.announcement} removedName={list.removedName} onUndo={list.undo} />
      <div className={`mb-6 ${countError ? "border-danger border-l-4 pl-4" : ""}`}>
        <FieldMessages id={ADD_BUTTON_ID} error={countError} />
        {fields.length < MAX_LOTS ? (
          <Button
            id={ADD_BUTTON_ID}
            variant="secondary"
            aria-describedby={countError ? `${ADD_BUTTON_ID}-error` : undefined}
            onClick={() => list.add(newLot())}
          >
            {t("add")}
          </Button>
        ) : (
          <p id={ADD_BUTTON_ID} tabIndex={-1}>
            {t("limitReached", { max: MAX_LOTS })}
          </p>
        )}
      </div>
      <LotTotal lots={lots} currency={currency} estimatedValueCents={estimatedValueCents} />
    </section>
  );
}
