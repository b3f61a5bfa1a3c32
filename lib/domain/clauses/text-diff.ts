/**
 * A word-level difference between two texts, for showing "what changed" in a clause. Words,
 * runs of white space and single punctuation marks are the units, so a changed number or a
 * comma shows as such. Longest common subsequence on what remains after the common start and end
 * are set aside; clause texts are short, and for very long texts it falls back to whole lines so
 * the table stays small.
 */

export type DiffPart = { readonly type: "equal" | "insert" | "delete"; readonly text: string };

/** Beyond this many cells (tokens × tokens) the diff works on lines instead of words. */
const MAX_WORD_CELLS = 2_000_000;

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length * b.length > MAX_WORD_CELLS) return diffTokens(splitLines(before), splitLines(after));
  return diffTokens(a, b);
}

export function diffLines(before: string, after: string): DiffPart[] {
  return diffTokens(splitLines(before), splitLines(after));
}

/** True when the parts describe any change at all. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.type !== "equal");
}

/** Placeholders (`{{months}}`) count as one word. */
function tokenize(text: string): string[] {
  return text.match(/\{\{[^{}]*\}\}|\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, "equal", a.slice(0, start).join(""));
  const middle = joinChanges(lcsDiff(a.slice(start, endA), b.slice(start, endB)));
  for (const part of middle) push(parts, part.type, part.text);
  push(parts, "equal", a.slice(endA).join(""));
  return alignToBoundaries(parts);
}

/**
 * An insertion or deletion between two equal parts can often sit at several places ("x." + ". y"
 * or "x. y" + "."): move it to where it starts and ends on a space, line break or text edge, so
 * "added a sentence" shows as that sentence.
 */
function alignToBoundaries(parts: DiffPart[]): DiffPart[] {
  for (let index = 1; index < parts.length + 1; index++) {
    const change = parts[index];
    if (!change || change.type === "equal") continue;
    const before = parts[index - 1]?.type === "equal" ? parts[index - 1]!.text : undefined;
    const after = parts[index + 1]?.type === "equal" ? parts[index + 1]!.text : "";
    if (before === undefined || (parts[index + 1] && parts[index + 1]!.type !== "equal")) continue;
    let left = before;
    let text = change.text;
    let right = after;
    while (left !== "" && left.at(-1) === text.at(-1)) {
      right = text.at(-1)! + right;
      text = left.at(-1)! + text.slice(0, -1);
      left = left.slice(0, -1);
    }
    let best = { left, text, right, score: boundaryScore(left, text, right) };
    while (right !== "" && right[0] === text[0]) {
      left += text[0];
      text = text.slice(1) + right[0];
      right = right.slice(1);
      const score = boundaryScore(left, text, right);
      if (score > best.score) best = { left, text, right, score };
    }
    parts.splice(
      index - 1,
      parts[index + 1] ? 3 : 2,
      ...withoutEmpty([
        { type: "equal", text: best.left },
        { type: change.type, text: best.text },
        { type: "equal", text: best.right },
      ]),
    );
  }
  return parts;
}

function boundaryScore(left: string, text: string, right: string): number {
  return boundary(left.at(-1), text[0]) + boundary(text.at(-1), right[0]);
}

/**
 * 3 at the edge of the text, 2.5 at the start of a line, 2 at its end, 1 next to a space, 0 inside
 * a word or phrase: an added paragraph then reads as "New paragraph.⏎⏎", not "⏎⏎New paragraph.".
 */
function boundary(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 3;
  if (before === "\n") return after === "\n" ? 2 : 2.5;
  if (after === "\n") return 2;
  return /\s/.test(before) || /\s/.test(after) ? 1 : 0;
}

function withoutEmpty(parts: DiffPart[]): DiffPart[] {
  return parts.filter((part) => part.text !== "");
}

/** Classic dynamic-programming LCS, then a walk that emits deletions before insertions. */
function lcsDiff(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] =
        a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push(parts, "equal", a[i]!);
      i++;
      j++;
    } else if (j >= m || (i < n && table[at(i + 1, j)]! >= table[at(i, j + 1)]!)) {
      push(parts, "delete", a[i]!);
      i++;
    } else {
      push(parts, "insert", b[j]!);
      j++;
    }
  }
  return parts;
}

/**
 * Readers take "within 12 days" → "without delay" as one replaced phrase, not four alternating
 * words: a space left equal between two changes is folded into both sides, and each run of
 * changes becomes one deletion followed by one insertion.
 */
function joinChanges(parts: readonly DiffPart[]): DiffPart[] {
  const joined: DiffPart[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    push(joined, "delete", deleted);
    push(joined, "insert", inserted);
    deleted = "";
    inserted = "";
  };
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1 && (deleted !== "" || inserted !== "");
    if (part.type === "delete") deleted += part.text;
    else if (part.type === "insert") inserted += part.text;
    else if (between && /^\s+$/.test(part.text)) {
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      push(joined, "equal", part.text);
    }
  });
  flush();
  return joined;
}

function push(parts: DiffPart[], type: DiffPart["type"], text: string): void {
  if (text === "") return;
  const last = parts.at(-1);
  if (last?.type === type) parts[parts.length - 1] = { type, text: last.text + text };
  else parts.push({ type, text });
}
