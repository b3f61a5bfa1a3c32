import { cpvDepth, normaliseCpvInput } from "@/lib/domain/cpv/cpv-code";

/**
 * The catalogue's CPV filter. A visitor types a code ("72262000-9", "72262000") or its leading
 * digits ("722"); the filter keeps its significant digits, the trailing zeros of a full code
 * dropped (72200000 is the group "722"), so the code and the templates' prefixes compare as
 * prefixes of one another. Null when the input is neither a code nor 2 to 8 digits.
 */
export function cpvFilterPrefix(input: string): string | null {
  const compact = input.replace(/[\s.]/g, "");
  if (/^\d{2,7}$/.test(compact)) return compact;
  const code = normaliseCpvInput(compact);
  return code ? code.code8.slice(0, cpvDepth(code.code8)) : null;
}

/**
 * Whether a template made for these CPV prefixes fits the code typed: the code falls under one
 * of its prefixes (48510000 under "4851"), or one of its prefixes falls under the code (the
 * division "48" covers a template for "4851"). The same rule as the catalogue's SQL.
 */
export function matchesCpvFilter(templatePrefixes: readonly string[], filterPrefix: string): boolean {
  return templatePrefixes.some((prefix) => filterPrefix.startsWith(prefix) || prefix.startsWith(filterPrefix));
}
