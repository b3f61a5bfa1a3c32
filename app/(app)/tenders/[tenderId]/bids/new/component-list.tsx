"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { ListStatus } from "@/components/forms/list-status";
import { useEditableList } from "@/components/forms/use-editable-list";
import { Button } from "@/components/ui/button";
import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { MAX_COMPONENTS } from "@/lib/schemas/bid";
import type { BidFormApi } from "./bid-form";
import { ComponentFields, componentHeadingId } from "./component-fields";
import { NEW_COMPONENT, type ComponentValues } from "./form-values";
import { SbomFileField } from "./sbom-file-field";

const LIST_ID = "components";
const ADD_BUTTON_ID = "components-add";

/**
 * The components the bid delivers or depends on, typed one by one or read from a software bill
 * of materials chosen here (the file never leaves the browser: its components join the list).
 */
export function ComponentList({ api }: { api: BidFormApi }) {
  const t = useTranslations("bidReception.form.components");
  const { form } = api;
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "components" });
  const items = (useWatch({ control: form.control, name: "components" }) ?? []) as ComponentValues[];
  const nameOf = (item: ComponentValues | undefined, index: number) =>
    item?.name?.trim() || t("heading", { number: index + 1 });
  const list = useEditableList<ComponentValues>({
    listId: LIST_ID,
    items,
    nameOf,
    firstFieldId: (index) => fieldId(`components.${index}.name`),
    headingId: componentHeadingId,
    addButtonId: ADD_BUTTON_ID,
    append,
    insert,
    remove,
    move,
  });

  function addFromFile(components: BidComponent[]) {
    append(
      components.map((component) => ({ ...component, modelOpennessClass: component.modelOpennessClass ?? "" })),
      { shouldFocus: false },
    );
  }

  return (
    <section aria-labelledby="components-heading" className="mb-8">
      <h2 id="components-heading" className="mb-1 text-2xl">
        {t("listHeading")}
      </h2>
      <p className="text-muted mb-4">{t("listHint")}</p>
      <SbomFileField room={MAX_COMPONENTS - fields.length} onComponents={addFromFile} />
      {fields.length === 0 ? <p className="mb-4">{t("empty")}</p> : null}
      <ol className="mb-4 space-y-6">
        {fields.map((field, index) => (
          <li key={field.id}>
            <ComponentFields
              api={api}
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
      {fields.length < MAX_COMPONENTS ? (
        <Button id={ADD_BUTTON_ID} variant="secondary" onClick={() => list.add({ ...NEW_COMPONENT })}>
          {t("add")}
        </Button>
      ) : (
        <p id={ADD_BUTTON_ID} tabIndex={-1}>
          {t("limitReached", { max: MAX_COMPONENTS })}
        </p>
      )}
    </section>
  );
}
