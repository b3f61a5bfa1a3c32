import type { Block, HeadingBlock, Inline, InlineRun, TableColumn } from "./document-model";

/**
 * What every renderer reads the same way from the neutral model: runs, heading text, the table of
 * contents, the page-number label and column widths. Kept here so the formats cannot drift.
 */

export function toRun(inline: Inline): InlineRun {
  return typeof inline === "string" ? { text: inline } : inline;
}

export function plainText(content: readonly Inline[]): string {
  return content.map((inline) => toRun(inline).text).join("");
}

/** "2.3 Exit plan": the number the builder decided, then the heading's text. */
export function headingText(heading: Pick<HeadingBlock, "number" | "text">): string {
  return heading.number ? `${heading.number} ${heading.text}` : heading.text;
}

/** A heading with the bookmark name every format links the table of contents to. */
export type AnchoredHeading = HeadingBlock & { bookmark: string; /** Its position in `blocks`. */ index: number };

/**
 * The headings of the document with a bookmark each: the model's anchor when it has one (kept to
 * letters, digits, `-` and `_`, which every format accepts), else one from the heading's position.
 * Bookmarks are unique: a repeated anchor gets its position appended.
 */
export function anchoredHeadings(blocks: readonly Block[]): Map<number, AnchoredHeading> {
  const headings = new Map<number, AnchoredHeading>();
  const used = new Set<string>();
  blocks.forEach((block, index) => {
    if (block.kind !== "heading") return;
    const cleaned = (block.anchor ?? "").replace(/[^A-Za-z0-9_-]/g, "_");
    let bookmark = /^[A-Za-z]/.test(cleaned) ? cleaned : `heading-${index + 1}`;
    if (used.has(bookmark)) bookmark = `${bookmark}-${index + 1}`;
    used.add(bookmark);
    headings.set(index, { ...block, bookmark, index });
  });
  return headings;
}

/** The entries of a table of contents: headings of levels 1 and 2, in order. */
export function contentsEntries(headings: ReadonlyMap<number, AnchoredHeading>): AnchoredHeading[] {
  return [...headings.values()].filter((heading) => heading.level <= 2);
}

/** A piece of the page-number label: words as written, or where the page or the page count go. */
export type PageNumberPart = { text: string } | { field: "page" | "pages" };

/** "Page {page} of {pages}" as words and fields, in the order the language puts them. */
export function pageNumberParts(label: string): PageNumberPart[] {
  return label
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== "")
    .map((part) => {
      if (part === "{page}") return { field: "page" as const };
      if (part === "{pages}") return { field: "pages" as const };
      return { text: part };
    });
}

/** The page-number label filled in, for formats that know their page numbers (PDF). */
export function pageNumberText(label: string, page: number, pages: number): string {
  return pageNumberParts(label)
    .map((part) => ("text" in part ? part.text : String(part.field === "page" ? page : pages)))
    .join("");
}

/**
 * Each column's share of the text width in percent, summing to 100: the given shares (scaled to
 * 100 when every column has one), the rest split equally between the columns without one, each
 * of which keeps at least 10 % (the given shares are scaled down to make room).
 */
export function columnShares(columns: readonly TableColumn[]): number[] {
  const given = columns.map((column) => clampShare(column.widthPercent));
  const givenTotal = given.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  const free = given.filter((share) => share === null).length;
  if (free === 0) return given.map((share) => ((share ?? 0) * 100) / givenTotal);
  const room = 100 - givenTotal;
  if (room >= free * MINIMUM_FREE_SHARE) return given.map((share) => share ?? room / free);
  const scale = (100 - free * MINIMUM_FREE_SHARE) / givenTotal;
  return given.map((share) => (share === null ? MINIMUM_FREE_SHARE : share * scale));
}

const MINIMUM_FREE_SHARE = 10;

function clampShare(share: number | undefined): number | null {
  if (share === undefined || !Number.isFinite(share)) return null;
  return Math.min(100, Math.max(1, share));
}

/** The model's BCP 47 language as a language and a country ("fr-BE" → fr, BE). */
export function languageParts(language: string): { language: string; country: string | null } {
  const [lang, ...rest] = language.split("-");
  const country = rest.find((part) => /^[A-Za-z]{2}$/.test(part));
  return { language: (lang || "en").toLowerCase(), country: country ? country.toUpperCase() : null };
}

/**
 * A link as renderers write it: only absolute http(s) and mailto addresses, whatever the builder
 * passed, so no export can carry a `javascript:` or `file:` link.
 */
export function safeLink(link: string | undefined): string | null {
  if (!link) return null;
  return /^(https?:\/\/|mailto:)/i.test(link.trim()) ? link.trim() : null;
}

/**
 * `createdAt` as the W3C date-time the Office Open XML and spreadsheet metadata expect
 * (`2026-03-02T09:30:00Z`, no fraction); an unreadable value is written as given.
 */
export function metadataDateTime(createdAt: string): string {
  const time = Date.parse(createdAt);
  return Number.isNaN(time) ? createdAt : new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}
