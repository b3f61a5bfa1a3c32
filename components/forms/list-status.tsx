"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * What just happened to an editable list ("LOT-2 removed…"), announced politely, with the way
 * back from the last removal. The status element is always there: screen readers only announce
 * changes to a live region that already exists.
 */
export function ListStatus({
  announcement,
  removedName,
  onUndo,
}: {
  announcement: string;
  removedName: string | null;
  onUndo: () => void;
}) {
  const t = useTranslations("forms.itemList");
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <p role="status" className={announcement ? "font-semibold" : "sr-only"}>
        {announcement}
      </p>
      {removedName ? (
        <Button variant="secondary" onClick={onUndo}>
          {t("undo")}
          <span className="sr-only"> {removedName}</span>
        </Button>
      ) : null}
    </div>
  );
}
