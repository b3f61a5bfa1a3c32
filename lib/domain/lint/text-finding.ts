import type { LintMessageCode, LintRuleId, LintSeverity, LintValues } from "./finding";
import { FIX_WORDS } from "./language";
import { sentenceInsertionPoint, sentenceRange } from "./sentences";
import type { TextAnalysis } from "./text-analysis";

/** A finding in one text, before it is placed in a tender's field (lint.ts adds section, field and key). */
export type TextFinding = {
  ruleId: LintRuleId;
  severity: LintSeverity;
  start: number;
  end: number;
  code: LintMessageCode;
  values: LintValues;
  fix?: { start: number; end: number; replacement: string };
  /** The words concerned, for the finding's stable key. */
  subject: string;
};

export type TextRuleOptions = {
  /** The whole field is a requirement (a requirement's text), whatever its wording. */
  requirementField: boolean;
};

/**
 * Art. 42(4) forbids references that favour a product in the specifications: a sentence worded as
 * a requirement (or a requirement's text) is an error; a description of the current situation
 * ("the authority uses …") is only a warning, which the drafter may dismiss with a reason.
 */
export function requirementSeverity(analysis: TextAnalysis, offset: number, options: TextRuleOptions): LintSeverity {
  return options.requirementField || analysis.isRequirement(analysis.sentenceOf(offset)) ? "error" : "warning";
}

/**
 * Where " or equivalent" goes after a name: past a hyphenated compound ("SAP-System"), version
 * numbers ("SQL Server 2019", "Windows 11"); at the end of the sentence after a possessive
 * ("Oracle's database"), where the words in between would read wrongly.
 */
export function pointAfterName(analysis: TextAnalysis, end: number, lastToken: number): number {
  const { text, tokens } = analysis;
  const count = tokens.starts.length;
  let at = end;
  let token = lastToken;
  while (text[at] === "-" && token + 1 < count && tokens.starts[token + 1] === at + 1) {
    token++;
    at = tokens.ends[token]!;
  }
  for (let extra = 0; extra < 2 && token + 1 < count; extra++) {
    const next = token + 1;
    const gap = text.slice(at, tokens.starts[next]);
    if (!/^[ .-]$/.test(gap) || !/\d/.test(text.slice(tokens.starts[next], tokens.ends[next]))) break;
    token = next;
    at = tokens.ends[next]!;
  }
  if (/['’]/.test(text[at] ?? "")) {
    return sentenceInsertionPoint(text, sentenceRange(analysis.sentences, analysis.sentenceOf(end)));
  }
  return at;
}

export function orEquivalentFix(analysis: TextAnalysis, at: number): TextFinding["fix"] {
  return { start: at, end: at, replacement: ` ${FIX_WORDS[analysis.language].orEquivalent}` };
}
