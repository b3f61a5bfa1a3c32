import type { Tokens } from "./term-matcher";

/** Index of the word starting exactly at `offset`, or -1 (binary search: words are in text order). */
export function tokenStartingAt(tokens: Tokens, offset: number): number {
  return exactIndex(tokens.starts, offset);
}

/** Index of the word ending exactly at `offset`, or -1. */
export function tokenEndingAt(tokens: Tokens, offset: number): number {
  return exactIndex(tokens.ends, offset);
}

function exactIndex(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
