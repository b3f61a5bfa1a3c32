import type { BidContent } from "@/lib/domain/bids/bid-model";

/**
 * Blind mode: the panel sees neutral labels (Bid A, Bid B, …) instead of bidders' names until the
 * consensus is complete. Labels follow the order of receipt of the bids that were opened (a
 * withdrawn bid is never opened, so it gets none), and since nothing is added or removed after
 * the opening they stay the same for the whole evaluation.
 */

/** 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB", … (as spreadsheet columns). */
export function blindLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`No label for index ${index}`);
  let rest = index + 1;
  let letters = "";
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** The letters of each opened bid of a tender, by bid id. */
export function blindLabels(bids: readonly { id: string; receiptNumber: number }[]): Map<string, string> {
  const ordered = [...bids].sort((a, b) => a.receiptNumber - b.receiptNumber);
  return new Map(ordered.map((bid, index) => [bid.id, blindLetters(index)]));
}

/**
 * A bid's content as a blind panel member reads it: the bidder's name becomes `name` (pages show
 * their own translated "Bid A"; this is what any other reader of the name gets), registration and
 * contact are blanked, and the name, where the bidder wrote it in their own texts, is replaced
 * too. Country and SME status stay: sovereignty and the SME statistics need them. Attachments and
 * repository addresses may still name the bidder: docs/evaluation-panel.md says so.
 */
export function blindBidContent(content: BidContent, name: string): BidContent {
  const redact = redactor(content.bidder.name, name);
  return {
    ...content,
    bidder: { ...content.bidder, name, registrationId: "", contactName: "", contactEmail: "" },
    solution: redact(content.solution),
    components: content.components.map((component) => ({ ...component, supplier: redact(component.supplier) })),
    sovereigntyClaims: Object.fromEntries(
      Object.entries(content.sovereigntyClaims).map(([objective, claim]) => [
        objective,
        claim ? { ...claim, evidence: redact(claim.evidence) } : claim,
      ]),
    ),
    standardAnswers: content.standardAnswers.map((answer) => ({ ...answer, evidence: redact(answer.evidence) })),
    costLines: content.costLines.map((line) => ({ ...line, note: redact(line.note) })),
  };
}

/** Replaces every occurrence of `secret` (any case) with `label`; a blank secret changes nothing. */
function redactor(secret: string, label: string): (text: string) => string {
  const trimmed = secret.trim();
  if (trimmed === "") return (text) => text;
  const pattern = new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  return (text) => text.replace(pattern, label);
}
