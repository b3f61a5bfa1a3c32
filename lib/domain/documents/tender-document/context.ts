import type { TenderContext, TenderDocumentInput } from "./tender-input";

/** The context every section builder reads: the input, its words and, for templates, placeholders. */
export function tenderContext(input: TenderDocumentInput, placeholders: boolean): TenderContext {
  const { text } = input;
  return {
    ...input,
    placeholders,
    words: (key, values) => text.t(`documents.tender.${key}`, values),
    cpvText: (code) => {
      const entry = input.cpv.get(code.slice(0, 8));
      return entry ? `${entry.code8}-${entry.checkDigit} ${entry.labels[text.language]}` : code;
    },
  };
}
