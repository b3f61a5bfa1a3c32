"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The id of an item's "Move up", "Move down" or "Remove" button, so focus can follow a move. */
export function listItemControlId(listId: string, index: number, control: "up" | "down" | "remove"): string {
  return `${listId}-${index}-${control}`;
}

/**
 * "Move up", "Move down" and "Remove" for one item of an editable list. Each button names its
 * item for screen readers ("Move up LOT-2: Migration"), since there is one set per item. A
 * button that cannot act (moving the first item up) is left out rather than disabled: a disabled
 * button would drop the keyboard focus.
 */
export function ListItemControls({
  listId,
  index,
  count,
  itemName,
  onMove,
  onRemove,
}: {
  listId: string;
  index: number;
  count: number;
  itemName: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("forms.itemList");
  const name = <span className="sr-only"> {itemName}</span>;
  return (
    <div className="flex flex-wrap gap-3">
      {index > 0 ? (
        <Button
          id={listItemControlId(listId, index, "up")}
          variant="secondary"
          onClick={() => onMove(index, index - 1)}
        >
          {t("moveUp")}
          {name}
        </Button>
      ) : null}
      {index < count - 1 ? (
        <Button
          id={listItemControlId(listId, index, "down")}
          variant="secondary"
          onClick={() => onMove(index, index + 1)}
        >
          {t("moveDown")}
          {name}
        </Button>
      ) : null}
      <Button id={listItemControlId(listId, index, "remove")} variant="secondary" onClick={() => onRemove(index)}>
        {t("remove")}
        {name}
      </Button>
    </div>
  );
}
