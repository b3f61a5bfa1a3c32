"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { FieldMessages, fieldId } from "@/components/forms/field-messages";
import { ListItemControls } from "@/components/forms/list-item-controls";
import { ListStatus } from "@/components/forms/list-status";
import { TextField } from "@/components/forms/text-field";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import type { SourceDraft } from "@/lib/domain/clauses/clause-draft";
import type { ClauseEditorForm, FieldErrorOf } from "./editor-values";

export const sourceHeadingId = (list: SourceListName, index: number) => `${list}-${index}-heading`;
type SourceListName = "legalBasis" | "sources";

/**
 * The legal basis or the sources of a clause: a citation and an address each. The list's own
 * error ("give at least one legal basis or source") is shown at its "Add" button, where the
 * error summary's link lands.
 */
export function SourceList({
  form,
  fieldError,
  list,
}: {
  form: ClauseEditorForm;
  fieldError: FieldErrorOf;
  list: SourceListName;
}) {
  const t = useTranslations("clauses.edit.sourceList");
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: list });
  const items = (useWatch({ control: form.control, name: list }) ?? []) as SourceDraft[];
  const nameOf = (_item: SourceDraft, index: number) => t(`${list}.item`, { number: index + 1 });
  const addButtonId = fieldId(list);
  const editable = useEditableList<SourceDraft>({
    listId: list,
    items,
    nameOf,
    firstFieldId: (index) => fieldId(`${list}.${index}.citation`),
    headingId: (index) => sourceHeadingId(list, index),
    addButtonId,
    append,
    insert,
    remove,
    move,
  });
  const listError = fieldError(list);
  return (
    <section aria-labelledby={`${list}-heading`} className="mb-8">
      <h3 id={`${list}-heading`} className="mb-1 text-lg font-bold">
        {t(`${list}.heading`)}
      </h3>
      <p className="text-muted mb-4">{t(`${list}.hint`)}</p>
      {fields.length > 0 ? (
        <ol className="mb-4 space-y-4">
          {fields.map((field, index) => {
            const name = nameOf(items[index] ?? { citation: "", url: "" }, index);
            const path = (part: "citation" | "url") => `${list}.${index}.${part}` as const;
            return (
              <li key={field.id}>
                <fieldset className="min-w-0 rounded border border-line p-4">
                  <legend className="px-1">
                    <span id={sourceHeadingId(list, index)} tabIndex={-1} className="font-semibold">
                      {name}
                    </span>
                  </legend>
                  <TextField
                    name={path("citation")}
                    label={t("citation")}
                    hint={t(`${list}.citationHint`)}
                    error={fieldError(path("citation"))}
                    registration={form.register(path("citation"))}
                  />
                  <TextField
                    name={path("url")}
                    label={t("url")}
                    hint={t("urlHint")}
                    type="url"
                    error={fieldError(path("url"))}
                    registration={form.register(path("url"))}
                  />
                  <ListItemControls
                    listId={list}
                    index={index}
                    count={fields.length}
                    itemName={name}
                    onMove={editable.moveItem}
                    onRemove={editable.removeAt}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : null}
      <ListStatus announcement={editable.announcement} removedName={editable.removedName} onUndo={editable.undo} />
      <div className={listError ? "border-danger border-l-4 pl-4" : ""}>
        <FieldMessages id={addButtonId} error={listError} />
        <Button
          id={addButtonId}
          variant="secondary"
          aria-describedby={listError ? `${addButtonId}-error` : undefined}
          onClick={() => editable.add({ citation: "", url: "" })}
        >
          {t(`${list}.add`)}
        </Button>
      </div>
    </section>
  );
}
