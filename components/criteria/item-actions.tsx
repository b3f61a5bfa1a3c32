"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * Move up, move down and remove for one criterion. Each button names its criterion for screen
 * readers ("Move up Quality"); a move that is not possible is not offered rather than disabled.
 */
export function ItemActions({
  name,
  index,
  count,
  ids,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  ids: { moveUp: string; moveDown: string };
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("tenders.criteria");
  const hidden = <span className="sr-only"> {name}</span>;
  return (
    <div className="mt-2 flex flex-wrap gap-3">
      {index > 0 ? (
        <Button variant="secondary" id={ids.moveUp} onClick={() => onMove(-1)}>
          {t("moveUp")}
          {hidden}
        </Button>
      ) : null}
      {index < count - 1 ? (
        <Button variant="secondary" id={ids.moveDown} onClick={() => onMove(1)}>
          {t("moveDown")}
          {hidden}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={onRemove}>
        {t("remove")}
        {hidden}
      </Button>
    </div>
  );
}
