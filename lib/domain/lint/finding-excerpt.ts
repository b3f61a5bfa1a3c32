/**
 * The words around a finding, for its card: the matched characters and up to `radius` characters
 * either side, cut at a space where possible so no word is shown in half.
 */
export type FindingExcerpt = { before: string; match: string; after: string; cutBefore: boolean; cutAfter: boolean };

export function findingExcerpt(text: string, start: number, end: number, radius = 80): FindingExcerpt {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let left = Math.max(0, from - radius);
  let right = Math.min(text.length, to + radius);
  if (left > 0 && text[left - 1] !== " ") {
    const space = text.indexOf(" ", left);
    if (space !== -1 && space < from) left = space + 1;
  }
  if (right < text.length && text[right] !== " ") {
    const space = text.lastIndexOf(" ", right);
    if (space >= to) right = space;
  }
  return {
    before: text.slice(left, from),
    match: text.slice(from, to),
    after: text.slice(to, right),
    cutBefore: left > 0,
    cutAfter: right < text.length,
  };
}
