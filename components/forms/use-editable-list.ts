"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { listItemControlId } from "./list-item-controls";

type Removed<Item> = { item: Item; index: number; name: string };

/**
 * Add, remove, move and undo for a list edited in a form (react-hook-form's useFieldArray does
 * the data), with what keyboard and screen-reader users need around it: the focus goes where the
 * work continues (the new item's first field; the item that took the removed one's place; the
 * moved item's button), and each change is announced in words. Removing needs no confirmation:
 * nothing is deleted before the page is saved, and the last removal can be undone.
 */
export function useEditableList<Item>({
  listId,
  items,
  nameOf,
  firstFieldId,
  headingId,
  addButtonId,
  append,
  insert,
  remove,
  move,
}: {
  listId: string;
  /** The items as they are now (form values), in order. */
  items: readonly Item[];
  nameOf: (item: Item, index: number) => string;
  firstFieldId: (index: number) => string;
  headingId: (index: number) => string;
  addButtonId: string;
  /** useFieldArray's: the hook moves the focus itself, so it asks them not to. */
  append: (item: Item, options: { shouldFocus: boolean }) => void;
  insert: (index: number, item: Item, options: { shouldFocus: boolean }) => void;
  remove: (index: number) => void;
  move: (from: number, to: number) => void;
}) {
  const t = useTranslations("forms.itemList");
  const [announcement, setAnnouncement] = useState("");
  const [removed, setRemoved] = useState<Removed<Item> | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);

  // After React has rendered the change: the element to focus exists only then.
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  function add(item: Item) {
    const index = items.length;
    append(item, { shouldFocus: false });
    setRemoved(null);
    setAnnouncement(t("added", { name: nameOf(item, index) }));
    setFocusTarget({ id: firstFieldId(index) });
  }

  function removeAt(index: number) {
    const item = items[index];
    if (item === undefined) return;
    const name = nameOf(item, index);
    remove(index);
    setRemoved({ item, index, name });
    setAnnouncement(t("removed", { name }));
    const remaining = items.length - 1;
    setFocusTarget({ id: remaining === 0 ? addButtonId : headingId(Math.min(index, remaining - 1)) });
  }

  function moveItem(from: number, to: number) {
    const item = items[from];
    if (item === undefined || to < 0 || to >= items.length) return;
    move(from, to);
    setAnnouncement(t("moved", { name: nameOf(item, to), position: to + 1, count: items.length }));
    // The same button in the item's new place, or the other one when it reached an end.
    const direction = to < from ? "up" : "down";
    const atEnd = direction === "up" ? to === 0 : to === items.length - 1;
    setFocusTarget({ id: listItemControlId(listId, to, atEnd ? (direction === "up" ? "down" : "up") : direction) });
  }

  function undo() {
    if (!removed) return;
    const index = Math.min(removed.index, items.length);
    insert(index, removed.item, { shouldFocus: false });
    setAnnouncement(t("restored", { name: removed.name }));
    setRemoved(null);
    setFocusTarget({ id: headingId(index) });
  }

  return {
    add,
    removeAt,
    moveItem,
    undo,
    /** The item the last removal took out, while it can still be put back. */
    removedItem: removed?.item ?? null,
    removedName: removed?.name ?? null,
    announcement,
  };
}
