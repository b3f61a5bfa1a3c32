/** Enough for a readable address; longer names are cut at a word. */
export const MAX_SLUG_BASE_LENGTH = 60;

/**
 * The public address of a template (/catalogue/<slug>) from its name: lower-case ASCII letters
 * and digits joined by hyphens, accents folded ("Établissement" → "etablissement"), at most 60
 * characters cut at a hyphen. A name with no usable letter gives "template".
 */
export function slugFromName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_BASE_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_BASE_LENGTH) || "template";
}

/** The slug, or the first of slug-2, slug-3 … that no other template uses. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
