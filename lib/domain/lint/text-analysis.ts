import { detectLanguage, type LintLanguage } from "./language";
import { EMAIL_ADDRESS, EQUIVALENCE, OPEN_ALTERNATIVE, REQUIREMENT_WORDING, WEB_ADDRESS } from "./phrases";
import { sentenceIndexAt, splitSentences, type SentenceSplit } from "./sentences";
import { compileTerms, findTerms, tokenize, type TermMatch, type TermMatcher, type Tokens } from "./term-matcher";
import { LOCK_IN_TERMS } from "./terms";

/**
 * Everything the text rules ask about one text, computed once: its sentences, words and the
 * curated terms found in it, and which sentences say "or equivalent", name an open format, or
 * are worded as requirements. Each is one pass over the text.
 */
export type TextAnalysis = {
  text: string;
  language: LintLanguage;
  sentences: SentenceSplit;
  tokens: Tokens;
  matches: readonly TermMatch[];
  sentenceOf: (offset: number) => number;
  hasEquivalence: (sentence: number) => boolean;
  hasOpenAlternative: (sentence: number) => boolean;
  isRequirement: (sentence: number) => boolean;
};

let compiled: TermMatcher | undefined;

/** The curated list, compiled on first use and kept for every later text. */
export function defaultMatcher(): TermMatcher {
  compiled ??= compileTerms(LOCK_IN_TERMS);
  return compiled;
}

export function analyseText(text: string, language?: LintLanguage | null): TextAnalysis {
  const sentences = splitSentences(text);
  const sentenceOf = (offset: number) => sentenceIndexAt(sentences, offset);
  const tokens = tokenize(text);
  const addresses = [...text.matchAll(WEB_ADDRESS), ...(text.includes("@") ? text.matchAll(EMAIL_ADDRESS) : [])].map(
    (m) => ({ start: m.index, end: m.index + m[0].length }),
  );
  const matches = findTerms(defaultMatcher(), {
    text,
    tokens,
    isSentenceStart: (i) => i === 0 || tokens.starts[i - 1]! < sentences.starts[sentenceOf(tokens.starts[i]!)]!,
    isExcluded: (offset) => addresses.some((range) => offset >= range.start && offset < range.end),
  });
  const equivalence = sentencesWith(text, EQUIVALENCE, sentenceOf);
  const openAlternative = sentencesWith(text, OPEN_ALTERNATIVE, sentenceOf);
  const requirement = sentencesWith(text, REQUIREMENT_WORDING, sentenceOf);
  return {
    text,
    language: language ?? detectLanguage(text),
    sentences,
    tokens,
    matches,
    sentenceOf,
    hasEquivalence: (sentence) => equivalence.has(sentence),
    hasOpenAlternative: (sentence) => openAlternative.has(sentence),
    isRequirement: (sentence) => requirement.has(sentence),
  };
}

function sentencesWith(text: string, pattern: RegExp, sentenceOf: (offset: number) => number): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(pattern)) found.add(sentenceOf(match.index));
  return found;
}
