/**
 * XML text for the OpenDocument and Office Open XML renderers. Every word of a document passes
 * through here: nothing from the model is ever written as markup.
 */

/**
 * Characters XML 1.0 does not allow at all (controls other than tab and line breaks, unpaired
 * surrogates, U+FFFE and U+FFFF): a file containing one is refused by every office suite, so
 * they are dropped rather than escaped.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text escaped for element content and double-quoted attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** `name="value"` pairs, escaped, in the order given (so the same input gives the same bytes). */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
