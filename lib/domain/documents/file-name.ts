/**
 * A download's name without its extension: the tender's reference and a slug of its title
 * ("MIN-2027-0004-case-management-system"), in ASCII letters, digits, dots, dashes and
 * underscores only, so it is safe in a Content-Disposition header and on every file system.
 */
export function exportBaseName(reference: string, title: string, suffix?: string): string {
  const parts = [safePart(reference, 40, false), safePart(title, 60, true), suffix ? safePart(suffix, 30, true) : ""];
  return parts.filter((part) => part !== "").join("-") || "tender";
}

/**
 * A template document's name without its extension: the template's public address and the
 * version ("open-source-collaboration-suite-v2"), "-draft" added for a draft, which changes until
 * it is published. The same version always gets the same name, as its exchange file does.
 */
export function templateBaseName(slug: string, version: number, draft: boolean): string {
  const base = safePart(slug, 80, true) || "template";
  return `${base}-v${version}${draft ? "-draft" : ""}`;
}

function safePart(text: string, maxLength: number, lowerCase: boolean): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[œŒ]/g, "oe");
  const cased = lowerCase ? ascii.toLowerCase() : ascii;
  return cased
    .replace(/[^A-Za-z0-9._]+/g, "-")
    .replace(/^[-.]+/, "")
    .slice(0, maxLength)
    .replace(/[-.]+$/, "");
}
