import {
  COMPATIBILITY_AFTER_NAME,
  COMPATIBILITY_BEFORE_NAME,
  COMPATIBILITY_GAP,
  COMPATIBILITY_MAX_GAP,
} from "../phrases";
import type { TextAnalysis } from "../text-analysis";
import type { TextFinding } from "../text-finding";

/** German's adjective comes after the name, close to it: "mit SAP S/4HANA kompatibel". */
const MAX_GAP_BEFORE_ADJECTIVE = 40;

/**
 * Rule 4 (Art. 42(2)–(4)): "compatible with X", "must integrate with X", "compatible avec X",
 * "kompatibel mit X", "mit X kompatibel", where X is a product on the list rather than a
 * standard. Integrating with the authority's own systems is often a real need, so this is a
 * warning asking for the interface or standard to be named (a documented API, an open
 * protocol), which lets other products qualify; it replaces rule 1 for that name. Names that are
 * not on the list (ODF, OpenAPI, SAML, CalDAV …) never fire.
 */
export function findProductCompatibility(analysis: TextAnalysis, used: Set<number>): TextFinding[] {
  const { text, matches } = analysis;
  const findings: TextFinding[] = [];
  const candidate = (index: number) => {
    const kind = matches[index]!.term.kind;
    return !used.has(index) && (kind === "vendor" || kind === "product" || kind === "protocol");
  };
  const report = (index: number, start: number, end: number) => {
    used.add(index);
    const product = text.slice(matches[index]!.start, matches[index]!.end);
    const phrase = text.slice(start, end);
    findings.push({
      ruleId: "LOCKIN-004",
      severity: "warning",
      start,
      end,
      code: "lint.compatibleWithProduct",
      values: { product, phrase },
      subject: phrase,
    });
  };

  for (const cue of text.matchAll(COMPATIBILITY_BEFORE_NAME)) {
    const cueEnd = cue.index + cue[0].length;
    for (let i = firstMatchFrom(analysis, cueEnd); i < matches.length; i++) {
      const match = matches[i]!;
      if (match.start - cueEnd > COMPATIBILITY_MAX_GAP) break;
      if (!sameClause(analysis, cueEnd, match.start)) break;
      if (candidate(i)) {
        report(i, cue.index, match.end);
        break;
      }
    }
  }
  for (const cue of text.matchAll(COMPATIBILITY_AFTER_NAME)) {
    for (let i = firstMatchFrom(analysis, cue.index) - 1; i >= 0; i--) {
      const match = matches[i]!;
      if (cue.index - match.end > MAX_GAP_BEFORE_ADJECTIVE || !sameClause(analysis, match.end, cue.index)) break;
      if (candidate(i)) {
        report(i, match.start, cue.index + cue[0].length);
        break;
      }
    }
  }
  return findings;
}

/** Index of the first match starting at or after `offset` (binary search; matches are in text order). */
function firstMatchFrom(analysis: TextAnalysis, offset: number): number {
  let low = 0;
  let high = analysis.matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (analysis.matches[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Only words between the two offsets (other names included), within one sentence. */
function sameClause(analysis: TextAnalysis, from: number, to: number): boolean {
  return analysis.sentenceOf(from) === analysis.sentenceOf(to) && COMPATIBILITY_GAP.test(analysis.text.slice(from, to));
}
