import type { Inline } from "../document-model";
import { safeLink, toRun } from "../model-text";
import { escapeXml } from "../xml";

/**
 * Text for an OpenDocument paragraph. ODF collapses runs of spaces and ignores line breaks and
 * tabs in the XML, so they become `text:s`, `text:line-break` and `text:tab` elements.
 */
export function odtText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/(\n|\t| {2,})/)
    .map((piece) => {
      if (piece === "\n") return "<text:line-break/>";
      if (piece === "\t") return "<text:tab/>";
      if (/^ {2,}$/.test(piece)) return ` <text:s text:c="${piece.length - 1}"/>`;
      return escapeXml(piece);
    })
    .join("");
}

/** Runs as spans of the named character styles (nested for bold italic code) and links. */
export function odtInlines(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      const run = toRun(inline);
      let xml = odtText(run.text);
      if (run.code) xml = span("Source_20_Text", xml);
      if (run.italic) xml = span("Emphasis", xml);
      if (run.bold) xml = span("Strong_20_Emphasis", xml);
      const link = safeLink(run.link);
      if (link) {
        xml = `<text:a xlink:type="simple" xlink:href="${escapeXml(link)}" text:style-name="Internet_20_link" text:visited-style-name="Internet_20_link">${xml}</text:a>`;
      }
      return xml;
    })
    .join("");
}

function span(style: string, xml: string): string {
  return `<text:span text:style-name="${style}">${xml}</text:span>`;
}
