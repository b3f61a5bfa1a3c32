/**
 * Validation messages travel from zod (server or client) to the page as references to
 * translations, e.g. `validation.tooLong?{"max":254}`, so the same schema serves every language.
 */
export type MessageValues = Record<string, string | number>;

export function messageRef(key: string, values?: MessageValues): string {
  return values ? `${key}?${JSON.stringify(values)}` : key;
}

export function parseMessageRef(ref: string): { key: string; values: MessageValues | undefined } {
  const at = ref.indexOf("?");
  if (at === -1) return { key: ref, values: undefined };
  try {
    return { key: ref.slice(0, at), values: JSON.parse(ref.slice(at + 1)) as MessageValues };
  } catch {
    return { key: ref.slice(0, at), values: undefined };
  }
}
