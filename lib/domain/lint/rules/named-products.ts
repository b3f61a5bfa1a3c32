import { TRADEMARK_SIGN } from "../phrases";
import type { TextAnalysis } from "../text-analysis";
import { tokenEndingAt } from "../token-search";
import {
  orEquivalentFix,
  pointAfterName,
  requirementSeverity,
  type TextFinding,
  type TextRuleOptions,
} from "../text-finding";

/** A vendor's name is usually followed by its product's: "Microsoft Purview", "SAP Signavio". */
const MAX_PRODUCT_WORDS_AFTER_VENDOR = 2;

/**
 * Rule 1 (Art. 42(4)): a named vendor, product or proprietary protocol without "or equivalent"
 * (in any of the three languages) in the same sentence. The fix adds the words after the name.
 */
export function findNamedProducts(analysis: TextAnalysis, used: Set<number>, options: TextRuleOptions): TextFinding[] {
  const { text, matches } = analysis;
  const findings: TextFinding[] = [];
  const nameStarts = new Set(matches.map((match) => match.firstToken));
  matches.forEach((match, index) => {
    const { kind } = match.term;
    if (used.has(index) || (kind !== "vendor" && kind !== "product" && kind !== "protocol")) return;
    if (analysis.hasEquivalence(analysis.sentenceOf(match.start))) return;
    const { end, lastToken } =
      kind === "vendor" ? withProductName(analysis, match.end, match.lastToken, nameStarts) : match;
    const subject = text.slice(match.start, end);
    findings.push({
      ruleId: "LOCKIN-001",
      severity: requirementSeverity(analysis, match.start, options),
      start: match.start,
      end,
      code: "lint.namedProduct",
      values: { term: subject },
      fix: orEquivalentFix(analysis, pointAfterName(analysis, end, lastToken)),
      subject,
    });
  });
  return findings;
}

/**
 * The vendor's name with the capitalised words that follow it (a product the list does not
 * know), so the message names "Microsoft Purview" and the fix lands after it. Not in German,
 * where every noun is capitalised ("Microsoft Lizenzen").
 */
function withProductName(
  analysis: TextAnalysis,
  end: number,
  lastToken: number,
  nameStarts: ReadonlySet<number>,
): { end: number; lastToken: number } {
  const { text, tokens } = analysis;
  if (analysis.language === "de") return { end, lastToken };
  let token = lastToken;
  for (let extra = 0; extra < MAX_PRODUCT_WORDS_AFTER_VENDOR && token + 1 < tokens.starts.length; extra++) {
    const next = token + 1;
    if (text.slice(tokens.ends[token], tokens.starts[next]) !== " ") break;
    if (!/^\p{Lu}/u.test(text.slice(tokens.starts[next], tokens.ends[next]))) break;
    if (nameStarts.has(next)) break;
    token = next;
  }
  return { end: tokens.ends[token]!, lastToken: token };
}

/** Capitalised words that start sentences but never names: "The Acme Cloud®" names "Acme Cloud". */
const FUNCTION_WORDS = new Set(
  ["the", "a", "an", "this", "these", "our", "its", "le", "la", "les", "un", "une", "des", "ce", "cette", "der", "die", "das", "ein", "eine", "unser", "unsere"], // prettier-ignore
);

function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * Rule 1 also covers trade marks the list does not know, by their ® or ™ sign ("Acme Cloud®").
 * Only a warning: some standards are trade marks too.
 */
export function findTrademarkSigns(analysis: TextAnalysis): TextFinding[] {
  const { text, tokens, matches } = analysis;
  const covered = new Set<number>();
  for (const match of matches) for (let t = match.firstToken; t <= match.lastToken; t++) covered.add(t);
  const findings: TextFinding[] = [];
  for (const sign of text.matchAll(TRADEMARK_SIGN)) {
    const gap = text[sign.index - 1] === " " ? 1 : 0;
    const last = tokenEndingAt(analysis.tokens, sign.index - gap);
    if (last < 0 || covered.has(last)) continue;
    let first = last;
    while (
      first > 0 &&
      last - first < 2 &&
      !covered.has(first - 1) &&
      text.slice(tokens.ends[first - 1], tokens.starts[first]) === " " &&
      isNameWord(text.slice(tokens.starts[first - 1], tokens.ends[first - 1]))
    ) {
      first--;
    }
    const start = tokens.starts[first]!;
    if (analysis.hasEquivalence(analysis.sentenceOf(start))) continue;
    const end = sign.index + sign[0].length;
    const subject = text.slice(start, tokens.ends[last]);
    findings.push({
      ruleId: "LOCKIN-001",
      severity: "warning",
      start,
      end,
      code: "lint.trademarkSign",
      values: { term: subject },
      fix: orEquivalentFix(analysis, end),
      subject,
    });
  }
  return findings;
}
