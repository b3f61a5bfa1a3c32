"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { FieldMessages, fieldId } from "@/components/forms/field-messages";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { ListStatus } from "@/components/forms/list-status";
import { TextField } from "@/components/forms/text-field";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import { emptyChoiceOptionDraft, type ChoiceOptionDraft } from "@/lib/domain/clauses/parameter-draft";
import { LOCALES } from "@/lib/i18n/config";
import type { ClauseEditorForm, FieldErrorOf } from "./editor-values";

/** The options of a choice: a code (what the tender stores) and its wording in each language. */
export function ChoiceOptionList({
  form,
  fieldError,
  parameterIndex,
}: {
  form: ClauseEditorForm;
  fieldError: FieldErrorOf;
  parameterIndex: number;
}) {
  const t = useTranslations("clauses.edit.parameter.choice");
  const tLanguage = useTranslations("clauses.language");
  const name = `parameters.${parameterIndex}.options` as const;
  const listId = `parameters-${parameterIndex}-options`;
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name });
  const items = (useWatch({ control: form.control, name }) ?? []) as ChoiceOptionDraft[];
  const nameOf = (item: ChoiceOptionDraft, index: number) =>
    item.value.trim()
      ? t("itemWithCode", { number: index + 1, code: item.value.trim() })
      : t("item", { number: index + 1 });
  const headingId = (index: number) => `${listId}-${index}-heading`;
  const addButtonId = fieldId(name);
  const editable = useEditableList<ChoiceOptionDraft>({
    listId,
    items,
    nameOf,
    firstFieldId: (index) => fieldId(`${name}.${index}.value`),
    headingId,
    addButtonId,
    append,
    insert,
    remove,
    move,
  });
  const listError = fieldError(name);
  return (
    <fieldset className="mb-6">
      <legend className="mb-1 font-semibold">{t("heading")}</legend>
      <p className="text-muted mb-3">{t("hint")}</p>
      <ol className="mb-3 space-y-3">
        {fields.map((field, index) => {
          const itemName = nameOf(items[index] ?? emptyChoiceOptionDraft(), index);
          return (
            <li key={field.id} className="border-line border-l-4 pl-4">
              <p id={headingId(index)} tabIndex={-1} className="mb-2 font-semibold">
                {itemName}
              </p>
              <TextField
                name={`${name}.${index}.value`}
                label={t("code")}
                hint={t("codeHint")}
                className="max-w-xs font-mono"
                error={fieldError(`${name}.${index}.value`)}
                registration={form.register(`${name}.${index}.value`)}
              />
              {LOCALES.map((locale) => (
                <TextField
                  key={locale}
                  name={`${name}.${index}.wording.${locale}`}
                  label={t("wording", { language: tLanguage(locale) })}
                  error={fieldError(`${name}.${index}.wording.${locale}`)}
                  registration={form.register(`${name}.${index}.wording.${locale}`)}
                />
              ))}
              <ListItemControls
                listId={listId}
                index={index}
                count={fields.length}
                itemName={itemName}
                onMove={editable.moveItem}
                onRemove={editable.removeAt}
              />
            </li>
          );
        })}
      </ol>
      <ListStatus announcement={editable.announcement} removedName={editable.removedName} onUndo={editable.undo} />
      <div className={listError ? "border-danger border-l-4 pl-4" : ""}>
        <FieldMessages id={addButtonId} error={listError} />
        <Button
          id={addButtonId}
          variant="secondary"
          aria-describedby={listError ? `${addButtonId}-error` : undefined}
          onClick={() => editable.add(emptyChoiceOptionDraft())}
        >
          {t("add")}
        </Button>
      </div>
    </fieldset>
  );
}
