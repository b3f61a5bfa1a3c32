import {
  CERTIFICATION_GLUE,
  CERTIFICATION_HEAD,
  CERTIFICATION_MAX_WORDS_BETWEEN,
  CERTIFICATION_NAME_WORD,
} from "../phrases";
import type { TextAnalysis } from "../text-analysis";
import {
  orEquivalentFix,
  pointAfterName,
  requirementSeverity,
  type TextFinding,
  type TextRuleOptions,
} from "../text-finding";
import { tokenStartingAt } from "../token-search";

type Span = { start: number; end: number; fixAt: number };

/** Only spaces or one hyphen between two words of a name and its certification ("SAP-zertifiziert"). */
const WORD_JOINER = /^(?:[ \t\u00a0]{1,3}|-)$/;

/**
 * Rule 3 (Art. 44, 42(4)): a vendor's partner status or certification required ("Microsoft Gold
 * Partner", "SAP certified", "AWS Advanced Tier", "certified Oracle professionals", "MCSE")
 * without "or equivalent" in the same sentence. Certificates from equivalent bodies and other
 * proof must be accepted, so the requirement must say so. Returns the matches it used, so that
 * rule 1 does not report the same name again.
 *
 * The partner and certification words are found in one pass over the text, then the words
 * around each are walked to a vendor's or product's name: up to three capitalised or tier words
 * before the certification word ("Microsoft Gold Partner"), or after it, optionally with "by",
 * "par", "von" … ("certified by Oracle").
 */
export function findVendorCertifications(
  analysis: TextAnalysis,
  options: TextRuleOptions,
): { findings: TextFinding[]; used: Set<number> } {
  const { text, matches } = analysis;
  const spans = new Map<number, Span>();
  const widen = (index: number, span: Span) => {
    const known = spans.get(index);
    spans.set(
      index,
      known
        ? { start: Math.min(known.start, span.start), end: Math.max(known.end, span.end), fixAt: Math.max(known.fixAt, span.fixAt) } // prettier-ignore
        : span,
    );
  };
  matches.forEach((match, index) => {
    if (match.term.kind === "certification") {
      widen(index, { start: match.start, end: match.end, fixAt: pointAfterName(analysis, match.end, match.lastToken) });
    }
  });
  const names = nameIndex(analysis);
  for (const head of text.matchAll(CERTIFICATION_HEAD)) {
    const headToken = tokenStartingAt(analysis.tokens, head.index);
    if (headToken < 0) continue;
    const headEnd = head.index + head[0].length;
    const before = nameBefore(analysis, names, headToken);
    if (before !== null) {
      widen(before, { start: matches[before]!.start, end: headEnd, fixAt: headEnd });
      continue;
    }
    const after = nameAfter(analysis, names, headToken);
    if (after !== null) {
      const match = matches[after]!;
      widen(after, { start: head.index, end: match.end, fixAt: pointAfterName(analysis, match.end, match.lastToken) });
    }
  }

  const findings: TextFinding[] = [];
  for (const [, span] of [...spans].sort(([a], [b]) => a - b)) {
    if (analysis.hasEquivalence(analysis.sentenceOf(span.start))) continue;
    const subject = text.slice(span.start, span.end);
    findings.push({
      ruleId: "LOCKIN-003",
      severity: requirementSeverity(analysis, span.start, options),
      start: span.start,
      end: span.end,
      code: "lint.vendorCertification",
      values: { term: subject },
      fix: orEquivalentFix(analysis, span.fixAt),
      subject,
    });
  }
  return { findings, used: new Set(spans.keys()) };
}

type NameIndex = { byFirstToken: Map<number, number>; byLastToken: Map<number, number> };

/** Vendors and products by their first and last word, to find them next to a certification word. */
function nameIndex(analysis: TextAnalysis): NameIndex {
  const byFirstToken = new Map<number, number>();
  const byLastToken = new Map<number, number>();
  analysis.matches.forEach((match, index) => {
    if (match.term.kind !== "vendor" && match.term.kind !== "product") return;
    byFirstToken.set(match.firstToken, index);
    byLastToken.set(match.lastToken, index);
  });
  return { byFirstToken, byLastToken };
}

function word(analysis: TextAnalysis, token: number): string {
  return analysis.text.slice(analysis.tokens.starts[token], analysis.tokens.ends[token]);
}

function joined(analysis: TextAnalysis, left: number, right: number): boolean {
  return WORD_JOINER.test(analysis.text.slice(analysis.tokens.ends[left], analysis.tokens.starts[right]));
}

function nameBefore(analysis: TextAnalysis, names: NameIndex, headToken: number): number | null {
  for (let token = headToken - 1, between = 0; token >= 0 && joined(analysis, token, token + 1); token--, between++) {
    const name = names.byLastToken.get(token);
    if (name !== undefined) return name;
    if (between >= CERTIFICATION_MAX_WORDS_BETWEEN || !CERTIFICATION_NAME_WORD.test(word(analysis, token))) break;
  }
  return null;
}

function nameAfter(analysis: TextAnalysis, names: NameIndex, headToken: number): number | null {
  const count = analysis.tokens.starts.length;
  let between = 0;
  for (let token = headToken + 1; token < count && joined(analysis, token - 1, token); token++) {
    const name = names.byFirstToken.get(token);
    if (name !== undefined) return name;
    const text = word(analysis, token);
    if (token === headToken + 1 && CERTIFICATION_GLUE.has(text.toLowerCase())) continue;
    if (between >= CERTIFICATION_MAX_WORDS_BETWEEN - 1 || !CERTIFICATION_NAME_WORD.test(text)) break;
    between++;
  }
  return null;
}
