/**
 * Splits an SPDX licence expression into parentheses and words (ids, references, operators).
 * A word is everything between spaces and parentheses, so a stray character stays inside its word
 * and the parser can report it at its exact position instead of guessing where a word ends.
 */

export type LicenceToken = {
  readonly kind: "open" | "close" | "word";
  readonly text: string;
  readonly start: number;
  readonly end: number;
};

/**
 * The SPDX grammar separates with spaces only; we accept any whitespace except line breaks
 * (tabs, no-break spaces pasted from a word processor): nothing is ambiguous, and a person
 * cannot see the difference. Line breaks are refused before tokenising (one line, says SPDX).
 */
const SEPARATOR = /\s/;

export function tokeniseLicenceExpression(text: string): LicenceToken[] {
  const tokens: LicenceToken[] = [];
  let wordStart = -1;
  const closeWord = (end: number) => {
    if (wordStart >= 0) tokens.push({ kind: "word", text: text.slice(wordStart, end), start: wordStart, end });
    wordStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (character === "(" || character === ")") {
      closeWord(i);
      tokens.push({ kind: character === "(" ? "open" : "close", text: character, start: i, end: i + 1 });
    } else if (SEPARATOR.test(character)) {
      closeWord(i);
    } else if (wordStart < 0) {
      wordStart = i;
    }
  }
  closeWord(text.length);
  return tokens;
}
