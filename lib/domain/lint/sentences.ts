/**
 * Sentences, as the rules need them: Art. 42(4)'s "or equivalent" must stand in the same sentence
 * as the name it qualifies. A sentence ends at . ! ? … followed by a space (unless the dot ends an
 * abbreviation such as "e.g." or "Art." or the next word starts in lower case), at a blank line,
 * before a Markdown list item, heading, quote or table row, and at a table cell border. A single
 * line break does not end a sentence: text wrapped by hand stays one sentence.
 */
export type SentenceSplit = {
  /** Offset where each sentence starts, ascending; the first is 0. */
  starts: readonly number[];
  textLength: number;
};

/** Lower-case, without their final dot; single letters (initials, "S.", "p.") count too. */
const ABBREVIATIONS = new Set([
  // English
  "e.g", "i.e", "etc", "art", "arts", "no", "nos", "vs", "cf", "ca", "approx", "incl", "excl", "min", "max",
  "resp", "mr", "mrs", "dr", "prof", "st", "fig", "para", "al", "ref", "sec", "sect", "vol", "ed", "op",
  "ibid", "jr", "sr", "dir", "reg", "chap",
  // French
  "p.ex", "réf", "mme", "mlle", "av", "env", "cad", "c.-à-d", "c.à.d",
  // German
  "z.b", "d.h", "u.a", "bzw", "ggf", "usw", "vgl", "evtl", "inkl", "gem", "abs", "lit", "nr", "ziff", "rn",
  "mio", "mrd", "bspw", "sog", "z.t", "glw", "o.glw", "o.ä", "ff", "tel", "str",
]); // prettier-ignore

const BOUNDARY =
  /[.!?…]+["'”’»)\]]*(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+•][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|>|\|))|\|/g;

export function splitSentences(text: string): SentenceSplit {
  const starts = [0];
  for (const match of text.matchAll(BOUNDARY)) {
    const found = match[0];
    const at = match.index;
    let boundary: number;
    if (found.startsWith("\n")) {
      boundary = at + 1;
    } else if (found === "|") {
      boundary = at + 1;
    } else {
      if (found.startsWith(".") && !found.startsWith("..") && endsAbbreviation(text, at)) continue;
      const end = at + found.length;
      if (found.startsWith(".") && nextWordIsLowerCase(text, end)) continue;
      boundary = end;
    }
    if (boundary > starts[starts.length - 1]! && boundary < text.length) starts.push(boundary);
  }
  return { starts, textLength: text.length };
}

/** The letters, dots and hyphens right before the dot ("e.g", "z.B", "Art"), read backwards without a regex. */
function endsAbbreviation(text: string, dotAt: number): boolean {
  let start = dotAt;
  while (start > 0 && dotAt - start < 12 && /[\p{L}.-]/u.test(text[start - 1]!)) start--;
  const word = text
    .slice(start, dotAt)
    .replace(/^[.-]+/, "")
    .toLowerCase();
  if (word === "") return false;
  return [...word].length === 1 || ABBREVIATIONS.has(word);
}

function nextWordIsLowerCase(text: string, from: number): boolean {
  const next = /\S/.exec(text.slice(from, from + 40));
  return next !== null && /\p{Ll}/u.test(next[0]);
}

/** Index of the sentence holding `offset` (binary search). */
export function sentenceIndexAt(split: SentenceSplit, offset: number): number {
  const { starts } = split;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function sentenceRange(split: SentenceSplit, index: number): { start: number; end: number } {
  return { start: split.starts[index]!, end: split.starts[index + 1] ?? split.textLength };
}

/**
 * Where to add words at the end of a sentence: before its final punctuation (and closing quotes
 * or brackets), after its last visible character otherwise.
 */
export function sentenceInsertionPoint(text: string, range: { start: number; end: number }): number {
  let end = range.end;
  while (end > range.start && /\s|\|/.test(text[end - 1]!)) end--;
  let cut = end;
  while (cut > range.start && /["'”’»)\]]/.test(text[cut - 1]!)) cut--;
  const punctuation = cut;
  while (cut > range.start && /[.!?…:;]/.test(text[cut - 1]!)) cut--;
  return cut < punctuation ? cut : end;
}
