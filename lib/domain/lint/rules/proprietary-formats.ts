import { FIX_WORDS } from "../language";
import type { TextAnalysis } from "../text-analysis";
import type { TextFinding } from "../text-finding";

/**
 * Rule 2: a file format governed by one vendor (.docx, .xlsx, .pst, Oracle dump files …) with no
 * open format (ODF, PDF/A, CSV, plain SQL …) in the same sentence. A warning: Art. 42(4) names
 * trade marks and types, and the European Interoperability Framework asks for open
 * specifications; the fix offers the open format next to the proprietary one, by extension when
 * the text uses extensions (".docx or .odt"), by name otherwise ("DOCX or ODT").
 */
export function findProprietaryFormats(analysis: TextAnalysis): TextFinding[] {
  const { text } = analysis;
  const findings: TextFinding[] = [];
  for (const match of analysis.matches) {
    const alternative = match.term.openAlternative;
    if (match.term.kind !== "format" || !alternative) continue;
    if (analysis.hasOpenAlternative(analysis.sentenceOf(match.start))) continue;
    const format = text.slice(match.start, match.end);
    const offered = format.startsWith(".") ? alternative.extension : alternative.name;
    findings.push({
      ruleId: "LOCKIN-002",
      severity: "warning",
      start: match.start,
      end: match.end,
      code: "lint.proprietaryFormat",
      values: { format, alternative: offered },
      fix: { start: match.end, end: match.end, replacement: ` ${FIX_WORDS[analysis.language].or} ${offered}` },
      subject: format,
    });
  }
  return findings;
}
