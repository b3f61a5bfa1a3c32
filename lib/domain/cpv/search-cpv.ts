import type { Locale } from "@/lib/i18n/config";
import { cpvDepth } from "./cpv-code";
import type { CpvEntry } from "./parse-cpv-csv";

/** Everything a search needs, computed once from the entries (see buildCpvIndex). */
export type CpvIndex = {
  /** The entries, sorted by code. */
  readonly entries: readonly CpvEntry[];
  get(code8: string): CpvEntry | undefined;
  has(code8: string): boolean;
  readonly codes: readonly string[];
  /** Entry index → position when sorted by (depth, code), and back. */
  readonly codeRank: Int32Array;
  readonly byCodeRank: Int32Array;
  readonly locales: Record<Locale, LabelIndex>;
};

type LabelIndex = {
  /** Each entry's folded label, words joined by one space: "services relatifs aux logiciels". */
  readonly labels: readonly string[];
  /** Each entry's distinct folded words. */
  readonly words: readonly (readonly string[])[];
  /** Every distinct word, sorted, with the ascending entry indices whose label contains it. */
  readonly vocabulary: readonly string[];
  readonly postings: readonly Int32Array[];
  /** Entry index → position when sorted by (depth, label length, code), and back. */
  readonly labelRank: Int32Array;
  readonly byLabelRank: Int32Array;
};

const PRINTABLE_ASCII = /^[ -~]*$/;
const LOCALES_INDEXED: readonly Locale[] = ["en", "fr", "de"];

/** Lower case, no accents, and the letters that do not decompose spelt out: "Straße" → "strasse". */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (PRINTABLE_ASCII.test(lower)) return lower; // most English labels: nothing to fold
  return lower.normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").replace(/œ/g, "oe").replace(/æ/g, "ae");
}

/** The folded words of a text; apostrophes and hyphens separate words ("d'information" → d, information). */
export function searchWords(text: string): string[] {
  const folded = foldForSearch(text);
  // The ASCII split is several times faster, and after folding nearly every label is ASCII.
  return folded.split(PRINTABLE_ASCII.test(folded) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function buildCpvIndex(unsorted: readonly CpvEntry[]): CpvIndex {
  const entries = [...unsorted].sort((a, b) => (a.code8 < b.code8 ? -1 : a.code8 > b.code8 ? 1 : 0));
  const byCode = new Map(entries.map((entry) => [entry.code8, entry]));
  const codes = entries.map((entry) => entry.code8);
  const depths = codes.map(cpvDepth);
  const { rank: codeRank, order: byCodeRank } = rankOf(entries.length, (a, b) => depths[a]! - depths[b]! || a - b);
  const locales = Object.fromEntries(
    LOCALES_INDEXED.map((locale) => [locale, buildLabelIndex(entries, depths, locale)]),
  ) as Record<Locale, LabelIndex>;
  return {
    entries,
    get: (code8) => byCode.get(code8),
    has: (code8) => byCode.has(code8),
    codes,
    codeRank,
    byCodeRank,
    locales,
  };
}

function buildLabelIndex(entries: readonly CpvEntry[], depths: readonly number[], locale: Locale): LabelIndex {
  const folded = entries.map((entry) => searchWords(entry.labels[locale]));
  const labels = folded.map((list) => list.join(" "));
  const words = folded.map((list) => [...new Set(list)]);
  const occurrences = new Map<string, number[]>();
  words.forEach((list, entryIndex) => {
    for (const word of list) {
      const found = occurrences.get(word);
      if (found) found.push(entryIndex);
      else occurrences.set(word, [entryIndex]);
    }
  });
  const vocabulary = [...occurrences.keys()].sort();
  const postings = vocabulary.map((word) => Int32Array.from(occurrences.get(word)!));
  const { rank: labelRank, order: byLabelRank } = rankOf(
    entries.length,
    (a, b) => depths[a]! - depths[b]! || labels[a]!.length - labels[b]!.length || a - b,
  );
  return { labels, words, vocabulary, postings, labelRank, byLabelRank };
}

/** Sorts 0..n-1 with the comparison; returns each index's position and the sorted order. */
function rankOf(n: number, compare: (a: number, b: number) => number): { rank: Int32Array; order: Int32Array } {
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(compare);
  const rank = new Int32Array(n);
  order.forEach((entryIndex, position) => {
    rank[entryIndex] = position;
  });
  return { rank, order };
}

// Ranks, best first; a result's sort key is rank × entries + its position within the rank.
const EXACT_CODE = 0;
const CODE_PREFIX = 1;
const LABEL_STARTS_WITH = 2;
const WORD_MATCH = 3;

/**
 * Searches the vocabulary. A query of digits (spaces, dots and a check digit allowed: "72 26",
 * "72260000-5") matches codes by prefix; otherwise every word of the query must start a word of
 * the label in `locale`, ignoring case and accents. Best first: exact code, code prefix, label
 * starting with the query, other label matches; within each, upper levels first (72000000 before
 * 72260000), then shorter labels.
 */
export function searchCpv(index: CpvIndex, query: string, locale: Locale, limit: number): CpvEntry[] {
  if (limit <= 0) return [];
  const compact = query.replace(/[\s.]/g, "").replace(/-$/, "");
  if (/^[\d-]+$/.test(compact)) return searchCodes(index, compact, limit);
  return searchLabels(index, query, locale, limit);
}

function searchCodes(index: CpvIndex, digits: string, limit: number): CpvEntry[] {
  const withCheckDigit = /^(\d{8})-?(\d)$/.exec(digits);
  if (withCheckDigit) {
    const entry = index.get(withCheckDigit[1]!);
    return entry && entry.checkDigit === withCheckDigit[2] ? [entry] : [];
  }
  if (!/^\d{1,8}$/.test(digits)) return [];
  const from = lowerBound(index.codes, digits);
  const to = lowerBound(index.codes, `${digits}:`); // ":" sorts right after "9"
  const n = index.entries.length;
  const keys = new Int32Array(to - from);
  for (let i = from; i < to; i++) {
    const rank = index.codes[i] === digits ? EXACT_CODE : CODE_PREFIX;
    keys[i - from] = rank * n + index.codeRank[i]!;
  }
  keys.sort();
  return Array.from(keys.subarray(0, limit), (key) => index.entries[index.byCodeRank[key % n]!]!);
}

function searchLabels(index: CpvIndex, query: string, locale: Locale, limit: number): CpvEntry[] {
  const typed = searchWords(query);
  if (typed.length === 0) return [];
  const labelIndex = index.locales[locale];
  // The longest word is usually the most selective: collect its matches from the sorted
  // vocabulary, then check the other words on those few entries only.
  const [first, ...others] = [...new Set(typed)].sort((a, b) => b.length - a.length) as [string, ...string[]];
  let candidates = entriesWithWordPrefix(labelIndex, first);
  for (const word of others) {
    candidates = candidates.filter((entryIndex) => labelIndex.words[entryIndex]!.some((w) => w.startsWith(word)));
  }
  const phrase = typed.join(" ");
  const n = index.entries.length;
  const keys = Int32Array.from(candidates, (entryIndex) => {
    const rank = labelIndex.labels[entryIndex]!.startsWith(phrase) ? LABEL_STARTS_WITH : WORD_MATCH;
    return rank * n + labelIndex.labelRank[entryIndex]!;
  }).sort();
  return Array.from(keys.subarray(0, limit), (key) => index.entries[labelIndex.byLabelRank[key % n]!]!);
}

function entriesWithWordPrefix(labelIndex: LabelIndex, prefix: string): number[] {
  const from = lowerBound(labelIndex.vocabulary, prefix);
  const to = lowerBound(labelIndex.vocabulary, `${prefix}\uffff`);
  if (to - from === 1) return Array.from(labelIndex.postings[from]!);
  const seen = new Uint8Array(labelIndex.labels.length);
  const found: number[] = [];
  for (let w = from; w < to; w++) {
    for (const entryIndex of labelIndex.postings[w]!) {
      if (seen[entryIndex]) continue;
      seen[entryIndex] = 1;
      found.push(entryIndex);
    }
  }
  return found;
}

/** The first position in the sorted list whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
