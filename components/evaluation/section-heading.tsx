import type { ReactNode } from "react";
import type { EvaluationView, LotView } from "@/lib/domain/evaluation/evaluation-view";

/** What each section of a lot's evaluation is given: the view, the lot, its currency, its heading level. */
export type LotSectionProps = { view: EvaluationView; lot: LotView; currency: string; level?: 2 | 3 };

/** A section's heading at the level the page needs (h2 on the ranking page, h3 inside the report). */
export function SectionHeading({ id, level, children }: { id: string; level: 2 | 3; children: ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={level === 2 ? "mb-3 text-2xl" : "mb-2 text-xl"}>
      {children}
    </Tag>
  );
}

/** Each bid by its bidder and receipt number, the same way on every evaluation page. */
export function bidName(
  t: (key: "bidLabel", values: { label: string; number: number }) => string,
  bid: { label: string; receiptNumber: number },
): string {
  return t("bidLabel", { label: bid.label, number: bid.receiptNumber });
}
