import type { Locale } from "@/lib/i18n/config";

export type CpvLabels = Record<Locale, string>;

/** One code of the CPV 2008 main vocabulary: the 8 digits are the key, the check digit is for display. */
export type CpvEntry = { code8: string; checkDigit: string; labels: CpvLabels };

const HEADER = ["code", "label_en", "label_fr", "label_de"];
const CODE_WITH_CHECK_DIGIT = /^(\d{8})-(\d)$/;

/**
 * Parses data/cpv/cpv2008.csv (RFC 4180: comma separated, fields quoted when they contain a
 * comma, a quote or a line break, quotes doubled inside them). Throws on anything unexpected:
 * the file ships with the app, so a malformed row is a packaging error, not user input.
 */
export function parseCpvCsv(text: string): CpvEntry[] {
  const rows = parseCsvRows(text.startsWith("\uFEFF") ? text.slice(1) : text);
  const header = rows.shift();
  if (!header || header.join(",") !== HEADER.join(",")) {
    throw new Error(`CPV CSV: expected the header ${HEADER.join(",")}, got ${header?.join(",") ?? "nothing"}`);
  }
  return rows.map((fields, index) => {
    const line = index + 2;
    if (fields.length !== HEADER.length) {
      throw new Error(`CPV CSV row ${line}: expected ${HEADER.length} fields, got ${fields.length}`);
    }
    const [code, en, fr, de] = fields as [string, string, string, string];
    const match = CODE_WITH_CHECK_DIGIT.exec(code);
    if (!match) throw new Error(`CPV CSV row ${line}: "${code}" is not a code like 72260000-5`);
    if (!en.trim() || !fr.trim() || !de.trim()) throw new Error(`CPV CSV row ${line}: empty label`);
    return { code8: match[1]!, checkDigit: match[2]!, labels: { en, fr, de } };
  });
}

/** Splits CSV text into rows of fields; empty lines (such as the one after the last LF) are skipped. */
export function parseCsvRows(text: string): string[][] {
  // One field at a time: quoted (quotes doubled inside) or bare, then what ends it.
  const field = /(?:"((?:[^"]|"")*)"|([^,\r\n"]*))(,|\r\n|\n|\r|$)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  field.lastIndex = 0;
  while (field.lastIndex < text.length) {
    const at = field.lastIndex;
    const match = field.exec(text);
    if (!match) throw new Error(`CSV: unexpected character at offset ${at}`);
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    if (match[3] !== ",") {
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      if (match[3] === "") break;
    }
  }
  return rows;
}
