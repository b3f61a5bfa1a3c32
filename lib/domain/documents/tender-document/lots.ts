import type { Section } from "../sections";
import { paragraph, textTable } from "../sections";
import { missingPart } from "./missing";
import { plainParagraphs } from "./summary";
import type { TenderContext } from "./tender-input";

/** The lots (Art. 46), each awarded separately, or why the contract is not divided. */
export function lotsSection(context: TenderContext): Section {
  const { tender, text, words } = context;
  if (tender.lots.length === 0 && context.placeholders) {
    return { title: words("lots.heading"), anchor: "lots", blocks: [missingPart(context, "lots")] };
  }
  if (tender.lots.length === 0) {
    const reasons = plainParagraphs(tender.reasonsForNotDividing);
    return {
      title: words("lots.heading"),
      anchor: "lots",
      blocks: [
        paragraph(words("lots.notDivided")),
        ...(reasons.length > 0 ? [paragraph({ text: words("lots.reasons"), bold: true }), ...reasons] : []),
      ],
    };
  }
  return {
    title: words("lots.heading"),
    anchor: "lots",
    blocks: [
      paragraph(words("lots.lead", { count: tender.lots.length })),
      textTable(
        words("lots.caption"),
        [
          { header: words("lots.key"), widthPercent: 12 },
          { header: words("lots.title"), widthPercent: 45 },
          { header: words("lots.cpv"), widthPercent: 25 },
          { header: words("lots.value"), align: "right", widthPercent: 18 },
        ],
        tender.lots.map((lot) => [
          [{ text: lot.key, code: true }],
          lot.description.trim() ? [{ text: lot.title, bold: true }, "\n", lot.description.trim()] : lot.title,
          lot.cpv ? context.cpvText(lot.cpv) : "—",
          text.money(lot.estimatedValueCents, tender.currency),
        ]),
      ),
    ],
  };
}
