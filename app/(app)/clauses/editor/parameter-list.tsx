"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { ListStatus } from "@/components/forms/list-status";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import { emptyParameterDraft, type ParameterDraft } from "@/lib/domain/clauses/parameter-draft";
import { MAX_CLAUSE_PARAMETERS } from "@/lib/schemas/clauses";
import type { ClauseEditorForm, FieldErrorOf } from "./editor-values";
import { ParameterFields, parameterHeadingId } from "./parameter-fields";

const ADD_BUTTON_ID = "add-parameter";

/** "Parameter 2: exitPlanMonths": how the heading, the buttons and the error summary name a parameter. */
export function useParameterName() {
  const t = useTranslations("clauses.edit.parameter");
  return (item: Pick<ParameterDraft, "name"> | undefined, index: number) =>
    item?.name.trim()
      ? t("itemWithName", { number: index + 1, name: item.name.trim() })
      : t("item", { number: index + 1 });
}

/** The clause's typed parameters, which its texts use as {{name}}. */
export function ParameterList({ form, fieldError }: { form: ClauseEditorForm; fieldError: FieldErrorOf }) {
  const t = useTranslations("clauses.edit");
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "parameters" });
  const items = (useWatch({ control: form.control, name: "parameters" }) ?? []) as ParameterDraft[];
  const nameOf = useParameterName();
  const list = useEditableList<ParameterDraft>({
    listId: "parameters",
    items,
    nameOf,
    firstFieldId: (index) => fieldId(`parameters.${index}.name`),
    headingId: parameterHeadingId,
    addButtonId: ADD_BUTTON_ID,
    append,
    insert,
    remove,
    move,
  });
  return (
    <section aria-labelledby="parameters-heading" className="mb-8 border-t border-line pt-4">
      <h2 id="parameters-heading" className="mb-1 text-xl font-bold">
        {t("parameters")}
      </h2>
      <p className="text-muted mb-4">{t("parametersHint", { example: "{{exitPlanMonths}}" })}</p>
      {fields.length === 0 ? <p className="mb-4">{t("noParameters")}</p> : null}
      <ol className="mb-4 space-y-6">
        {fields.map((field, index) => (
          <li key={field.id}>
            <ParameterFields
              form={form}
              fieldError={fieldError}
              index={index}
              count={fields.length}
              name={nameOf(items[index], index)}
              onMove={list.moveItem}
              onRemove={list.removeAt}
            />
          </li>
        ))}
      </ol>
      <ListStatus announcement={list.announcement} removedName={list.removedName} onUndo={list.undo} />
      {fields.length < MAX_CLAUSE_PARAMETERS ? (
        <Button id={ADD_BUTTON_ID} variant="secondary" onClick={() => list.add(emptyParameterDraft())}>
          {t("addParameter")}
        </Button>
      ) : null}
    </section>
  );
}
