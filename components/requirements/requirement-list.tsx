"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { ListStatus } from "@/components/forms/list-status";
import { useEditableList } from "@/components/forms/use-editable-list";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import {
  checkRequirements,
  MAX_REQUIREMENTS,
  nextRequirementKey,
  type CriterionChoice,
} from "@/lib/domain/tender/requirements";
import { messageRef } from "@/lib/i18n/message-ref";
import { RequirementFields, requirementHeadingId } from "./requirement-fields";
import type { RequirementFormItem, RequirementListValues } from "./form-values";

const LIST_ID = "requirements";
const ADD_BUTTON_ID = "requirements-add";

/**
 * The requirements, in the order bidders will read them. The rules across the list (identifiers
 * used twice, links to criteria that no longer exist) are shown next to the fields as they
 * arise; on saving, the same rules fill the error summary.
 */
export function RequirementList({
  form,
  fieldError,
  criteria,
}: {
  form: UseFormReturn<RequirementListValues>;
  fieldError: (name: string) => string | undefined;
  criteria: CriterionChoice[];
}) {
  const t = useTranslations("tenders.requirements");
  const message = useMessage();
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "requirements" });
  const items = (useWatch({ control: form.control, name: "requirements" }) ?? []) as RequirementFormItem[];
  const nameOf = (item: RequirementFormItem, index: number) =>
    item.key.trim() ? t("heading", { key: item.key.trim() }) : t("headingNoKey", { position: index + 1 });
  const list = useEditableList<RequirementFormItem>({
    listId: LIST_ID,
    items,
    nameOf,
    firstFieldId: (index) => fieldId(`requirements.${index}.key`),
    headingId: requirementHeadingId,
    addButtonId: ADD_BUTTON_ID,
    append,
    insert,
    remove,
    move,
  });

  const live = new Map(
    checkRequirements(
      items.map((item) => ({ key: item.key ?? "", criterionKey: item.criterionKey || null })),
      criteria.map((criterion) => criterion.key),
    ).map((problem) => [problem.path!, message(messageRef(`validation.${problem.code}`, problem.values))]),
  );
  // A message from the last save attempt comes first; otherwise what the rules find now.
  const errorFor = (path: string) => fieldError(path) ?? live.get(path);

  function add() {
    // The removed requirement that can still be put back keeps its identifier too.
    const keys = [...items, ...(list.removedItem ? [list.removedItem] : [])].map((item) => item.key);
    list.add({ key: nextRequirementKey(keys), text: "", level: null, criterionKey: "" });
  }

  return (
    <section aria-labelledby="requirements-heading" className="mb-6">
      <h2 id="requirements-heading" className="mb-1 text-xl">
        {t("listHeading")}
      </h2>
      <p className="text-muted mb-4">{t("listHint")}</p>
      {fields.length === 0 ? <p className="mb-4">{t("empty")}</p> : null}
      <ol className="mb-4 space-y-6">
        {fields.map((field, index) => (
          <li key={field.id}>
            <RequirementFields
              form={form}
              index={index}
              count={fields.length}
              name={nameOf(items[index] ?? (field as unknown as RequirementFormItem), index)}
              criteria={criteria}
              errorFor={errorFor}
              onMove={list.moveItem}
              onRemove={list.removeAt}
            />
          </li>
        ))}
      </ol>
      <ListStatus announcement={list.announcement} removedName={list.removedName} onUndo={list.undo} />
      {fields.length < MAX_REQUIREMENTS ? (
        <Button id={ADD_BUTTON_ID} variant="secondary" className="mb-6" onClick={add}>
          {t("add")}
        </Button>
      ) : (
        <p id={ADD_BUTTON_ID} tabIndex={-1} className="mb-6">
          {t("limitReached", { max: MAX_REQUIREMENTS })}
        </p>
      )}
    </section>
  );
}
