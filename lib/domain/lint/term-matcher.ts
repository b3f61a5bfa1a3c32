import type { LockInTerm } from "./terms";

/**
 * Finds the curated terms in a text in one pass. The text is cut into words once (maximal runs
 * of Unicode letters and digits, so "Oracle-Datenbank", "l'Oracle" and "SAP's" all contain the
 * word they should, and "Oracles" or "Microsoftish" do not); each word is looked up in a map
 * from the first word of every alias, compiled once, so the cost grows with the text, not with
 * the length of the list. Where aliases overlap, the longest wins ("Microsoft Teams" over
 * "Microsoft").
 */
export type Tokens = { starts: number[]; ends: number[] };

export type TermMatch = {
  term: LockInTerm;
  start: number;
  end: number;
  /** Index of the match's first and last word in `Tokens`. */
  firstToken: number;
  lastToken: number;
};

type CompiledAlias = {
  term: LockInTerm;
  words: readonly string[];
  lowerWords: readonly string[];
  leadingDot: boolean;
  caseSensitive: boolean;
  context: { before: ReadonlySet<string>; after: ReadonlySet<string> } | null;
  /** Ordinary word at a sentence's start or before one of these words (single-word aliases only). */
  alsoAWord: { unlessFollowedBy: ReadonlySet<string> } | null;
};

export type TermMatcher = { byFirstWord: ReadonlyMap<string, readonly CompiledAlias[]> };

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Between two words of one name: a space or two, a line break, or one joining character. */
const NAME_JOINER = /^(?:[ \t\u00a0]{1,3}|\r?\n[ \t]*|[-/._+])$/;
/** Between a name and the word that tells what it is ("Word document", "Word-Dokument"). */
const CONTEXT_JOINER = /^(?:[ \t\u00a0]{1,3}|-)$/;

/** ASCII letters and digits, looked up by character code: most characters of our texts are ASCII. */
const ASCII_WORD = Array.from({ length: 128 }, (_, code) => /[A-Za-z0-9]/.test(String.fromCharCode(code)));

/** The text's words; a hand-written loop, several times faster than a Unicode regular expression here. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (code < 128) {
      isWord = ASCII_WORD[code]!;
    } else {
      // A letter outside the Basic Multilingual Plane is a surrogate pair: test both halves together.
      width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      isWord = WORD_CHARACTER.test(text.slice(i, i + width));
    }
    if (isWord && !inWord) starts.push(i);
    else if (!isWord && inWord) ends.push(i);
    inWord = isWord;
    i += width - 1;
  }
  if (inWord) ends.push(text.length);
  return { starts, ends };
}

export function compileTerms(terms: readonly LockInTerm[]): TermMatcher {
  const byFirstWord = new Map<string, CompiledAlias[]>();
  const add = (term: LockInTerm, alias: string, inContext: boolean) => {
    const words = alias.match(WORD) ?? [];
    if (words.length === 0) return;
    const lowerWords = words.map((word) => word.toLowerCase());
    const leadingDot = alias.startsWith(".");
    const compiled: CompiledAlias = {
      term,
      words,
      lowerWords,
      leadingDot,
      caseSensitive: term.caseSensitive && !leadingDot,
      context: inContext ? lowerSets(term.inContext?.before, term.inContext?.after) : null,
      alsoAWord:
        term.alsoAWord && words.length === 1
          ? { unlessFollowedBy: new Set((term.alsoAWord.unlessFollowedBy ?? []).map((w) => w.toLowerCase())) }
          : null,
    };
    const bucket = byFirstWord.get(lowerWords[0]!) ?? [];
    bucket.push(compiled);
    byFirstWord.set(lowerWords[0]!, bucket);
  };
  for (const term of terms) {
    for (const alias of term.aliases) add(term, alias, false);
    for (const alias of term.inContext?.aliases ?? []) add(term, alias, true);
  }
  for (const bucket of byFirstWord.values()) {
    // Longest first; then extensions (".docx") before bare words; then aliases needing no context.
    bucket.sort(
      (a, b) =>
        b.words.length - a.words.length ||
        Number(b.leadingDot) - Number(a.leadingDot) ||
        Number(a.context !== null) - Number(b.context !== null),
    );
  }
  return { byFirstWord };
}

function lowerSets(before: readonly string[] = [], after: readonly string[] = []) {
  return { before: new Set(before.map((w) => w.toLowerCase())), after: new Set(after.map((w) => w.toLowerCase())) };
}

export type MatchContext = {
  text: string;
  tokens: Tokens;
  /** Whether the word is the first of its sentence (where capitals say nothing). */
  isSentenceStart: (tokenIndex: number) => boolean;
  /** Offsets to ignore, e.g. inside web addresses. */
  isExcluded: (offset: number) => boolean;
};

export function findTerms(matcher: TermMatcher, context: MatchContext): TermMatch[] {
  const { text, tokens } = context;
  const matches: TermMatch[] = [];
  const count = tokens.starts.length;
  const lower = lowerCaser(text);
  for (let i = 0; i < count; i++) {
    const bucket = matcher.byFirstWord.get(lower(tokens.starts[i]!, tokens.ends[i]!));
    if (!bucket) continue;
    for (const alias of bucket) {
      const last = aliasEndAt(alias, i, context, lower);
      if (last < 0) continue;
      const start = tokens.starts[i]! - (alias.leadingDot ? 1 : 0);
      matches.push({ term: alias.term, start, end: tokens.ends[last]!, firstToken: i, lastToken: last });
      i = last;
      break;
    }
  }
  return matches;
}

type LowerCaser = (start: number, end: number) => string;

/**
 * Lower-cases the whole text once, which is much cheaper than word by word, unless lower-casing
 * changes its length (a few letters such as "İ" become two), where offsets would shift.
 */
function lowerCaser(text: string): LowerCaser {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return (start, end) => lower.slice(start, end);
  return (start, end) => text.slice(start, end).toLowerCase();
}

/** Index of the alias's last word when it matches from word `first`, else -1. */
function aliasEndAt(alias: CompiledAlias, first: number, context: MatchContext, lower: LowerCaser): number {
  const { text, tokens } = context;
  const last = first + alias.words.length - 1;
  if (last >= tokens.starts.length) return -1;
  const start = tokens.starts[first]!;
  if (context.isExcluded(start)) return -1;
  for (let k = 0; k < alias.words.length; k++) {
    const wordStart = tokens.starts[first + k]!;
    const wordEnd = tokens.ends[first + k]!;
    const same = alias.caseSensitive
      ? text.slice(wordStart, wordEnd) === alias.words[k]
      : lower(wordStart, wordEnd) === alias.lowerWords[k];
    if (!same) return -1;
    if (k > 0 && !NAME_JOINER.test(text.slice(tokens.ends[first + k - 1], tokens.starts[first + k]))) return -1;
  }
  if (alias.leadingDot ? !isExtension(text, start) : isPartOfIdentifier(text, start)) return -1;
  if (isFollowedByIdentifier(text, tokens.ends[last]!)) return -1;
  if (alias.context && !hasContext(alias.context, first, last, context)) return -1;
  if (alias.alsoAWord) {
    if (context.isSentenceStart(first)) return -1;
    const next = neighbour(first, last, context, "after");
    if (next !== null && alias.alsoAWord.unlessFollowedBy.has(next)) return -1;
  }
  return last;
}

/** ".docx" as a format, not "report.docx" (a file name) nor a word ending a sentence. */
function isExtension(text: string, wordStart: number): boolean {
  if (text[wordStart - 1] !== ".") return false;
  const before = text[wordStart - 2];
  return before === undefined || !WORD_CHARACTER.test(before);
}

/** "oracle" in "www.oracle.com" or "x@oracle.eu": part of an address or a file name, not a name. */
function isPartOfIdentifier(text: string, wordStart: number): boolean {
  const joiner = text[wordStart - 1];
  const before = text[wordStart - 2];
  return (joiner === "." || joiner === "@") && before !== undefined && WORD_CHARACTER.test(before);
}

/** "microsoft" in "microsoft.com", ".docx" in ".docx.zip": the name goes on past a dot or an "@". */
function isFollowedByIdentifier(text: string, wordEnd: number): boolean {
  const joiner = text[wordEnd];
  const after = text[wordEnd + 1];
  return (joiner === "." || joiner === "@") && after !== undefined && WORD_CHARACTER.test(after);
}

function hasContext(
  wanted: { before: ReadonlySet<string>; after: ReadonlySet<string> },
  first: number,
  last: number,
  context: MatchContext,
): boolean {
  const before = neighbour(first, last, context, "before");
  const after = neighbour(first, last, context, "after");
  return (before !== null && wanted.before.has(before)) || (after !== null && wanted.after.has(after));
}

/** The lower-case word right before or after the match, when only a space or a hyphen separates them. */
function neighbour(first: number, last: number, context: MatchContext, side: "before" | "after"): string | null {
  const { text, tokens } = context;
  const index = side === "before" ? first - 1 : last + 1;
  if (index < 0 || index >= tokens.starts.length) return null;
  const gap =
    side === "before"
      ? text.slice(tokens.ends[index], tokens.starts[first])
      : text.slice(tokens.ends[last], tokens.starts[index]);
  if (!CONTEXT_JOINER.test(gap)) return null;
  return text.slice(tokens.starts[index], tokens.ends[index]).toLowerCase();
}
