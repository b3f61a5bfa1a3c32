/**
 * `{{parameter}}` placeholders in a clause's title and body. Names are camelCase; spaces inside the
 * braces are tolerated (`{{ months }}`). Anything else with double braces is reported as malformed
 * rather than printed as is into a tender.
 */

export const PARAMETER_NAME = /^[a-z][a-zA-Z0-9]*$/;

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export type Placeholder = {
  readonly name: string;
  /** Character offset of the opening braces in the text. */
  readonly start: number;
  readonly end: number;
};

export type MalformedPlaceholder = { readonly text: string; readonly start: number };

export function findPlaceholders(text: string): { placeholders: Placeholder[]; malformed: MalformedPlaceholder[] } {
  const placeholders: Placeholder[] = [];
  const malformed: MalformedPlaceholder[] = [];
  let rest = text;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const end = start + match[0].length;
    const name = match[1]!.trim();
    if (PARAMETER_NAME.test(name)) placeholders.push({ name, start, end });
    else malformed.push({ text: match[0], start });
    rest = rest.slice(0, start) + " ".repeat(match[0].length) + rest.slice(end);
  }
  // Braces left over after the well-formed pairs: an unclosed "{{months" or a stray "}}".
  for (const stray of rest.matchAll(/\{\{|\}\}/g)) {
    malformed.push({ text: text.slice(stray.index, stray.index + 20), start: stray.index });
  }
  malformed.sort((a, b) => a.start - b.start);
  return { placeholders, malformed };
}

/** Replaces each placeholder with what `valueOf` returns for its name. */
export function fillPlaceholders(text: string, valueOf: (name: string) => string): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const name = inner.trim();
    return PARAMETER_NAME.test(name) ? valueOf(name) : whole;
  });
}
