import type { Block } from "../document-model";
import { paragraph } from "../sections";
import type { TenderContext } from "./tender-input";

/**
 * The parts of the documents that may have no answer yet. A tender's documents say so with the
 * sentence documents.tender.<part>.none; a template's document leaves the placeholder
 * documents.template.placeholders.<part>, which tells the drafter what goes there.
 */
export type MissingPart = "summary" | "lots" | "requirements" | "phases" | "criteria" | "sovereignty" | "clauses" | "timeline"; // prettier-ignore

/** A fact without a value: "Not set" in a tender, the fact's label in brackets in a template ("[Duration]"). */
export function missingValue(context: TenderContext, label: string): string {
  return context.placeholders ? `[${label}]` : context.text.t("documents.notSet");
}

/** A part without content: a sentence saying so in a tender, a placeholder paragraph in a template. */
export function missingPart(context: TenderContext, part: MissingPart): Block {
  return context.placeholders
    ? { kind: "paragraph", style: "placeholder", content: [context.text.t(`documents.template.placeholders.${part}`)] }
    : paragraph(context.words(`${part}.none`));
}
