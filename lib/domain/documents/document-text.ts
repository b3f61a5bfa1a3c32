import type { Locale } from "@/lib/i18n/config";

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Every word and number a document builder writes, in the document's language, handed in by the
 * server (lib/i18n/document-text.ts) so the builders stay pure: the tender's documents language
 * whatever the reader's own, and the same wording as the pages, from the same message files.
 */
export type DocumentText = {
  readonly language: Locale;
  /** A message by its full key ("awardReport.title"); a missing key throws rather than print the key. */
  t(key: string, values?: MessageValues): string;
  /** Whether the message exists (audit actions only some of which have words). */
  has(key: string): boolean;
  /** A number with at most `maxDecimals` decimals (and at least `minDecimals`). */
  number(value: number, options?: { minDecimals?: number; maxDecimals?: number }): string;
  /** Cents as money: whole amounts without ",00", others with cents (as the pages show them). */
  money(cents: number, currency: string): string;
  /** A calendar day stored as YYYY-MM-DD, written out ("12 March 2027"). */
  day(isoDay: string): string;
  /** A moment, to the minute, in the app's time zone. */
  dateTime(moment: Date): string;
  /** "A, B and C" in the document's language. */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
};
