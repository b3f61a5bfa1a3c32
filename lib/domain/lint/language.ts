/**
 * The languages the linter reads and writes fixes in. Every rule recognises all three in any
 * text (a French specification may quote an English requirement); the language only decides the
 * words of a fix ("or equivalent", "ou équivalent", "oder gleichwertig").
 */
export const LINT_LANGUAGES = ["en", "fr", "de"] as const;
export type LintLanguage = (typeof LINT_LANGUAGES)[number];

export function isLintLanguage(value: string | null | undefined): value is LintLanguage {
  return (LINT_LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

/** The words a fix inserts, per language. */
export const FIX_WORDS: Record<LintLanguage, { orEquivalent: string; or: string }> = {
  en: { orEquivalent: "or equivalent", or: "or" },
  fr: { orEquivalent: "ou équivalent", or: "ou" },
  de: { orEquivalent: "oder gleichwertig", or: "oder" },
};

/** Frequent short words that appear in one language only (none of them is a word in the others). */
const STOP_WORDS: Record<LintLanguage, ReadonlySet<string>> = {
  en: new Set(["the", "and", "of", "to", "must", "shall", "with", "is", "be", "for", "that", "which", "should"]),
  fr: new Set(["le", "la", "les", "des", "et", "du", "doit", "avec", "une", "est", "pour", "dans", "être", "qui"]),
  de: new Set(["der", "die", "das", "und", "mit", "muss", "ist", "für", "ein", "eine", "nicht", "werden", "zu"]),
};

/** Enough words to tell three languages apart; reading further would only cost time. */
const SAMPLE_CHARACTERS = 4000;

/**
 * The most likely of the three languages by counting their stop words in the text's beginning;
 * English when nothing tells (an empty text, a list of product names).
 */
export function detectLanguage(text: string): LintLanguage {
  const counts: Record<LintLanguage, number> = { en: 0, fr: 0, de: 0 };
  const sample = text.slice(0, SAMPLE_CHARACTERS).toLowerCase();
  for (const [word] of sample.matchAll(/\p{L}+/gu)) {
    for (const language of LINT_LANGUAGES) if (STOP_WORDS[language].has(word)) counts[language]++;
  }
  return LINT_LANGUAGES.reduce((best, language) => (counts[language] > counts[best] ? language : best), "en");
}
