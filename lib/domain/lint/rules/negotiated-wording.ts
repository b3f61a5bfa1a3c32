import {
  GROUND_WINDOW,
  NEGOTIATED_WITHOUT_PUBLICATION,
  NO_ALTERNATIVE_ANALYSIS,
  TECHNICAL_OR_EXCLUSIVE_GROUND,
} from "../phrases";
import type { TextAnalysis } from "../text-analysis";
import type { TextFinding } from "../text-finding";

/**
 * Rule 7 in running text: a negotiated procedure without publication (or Art. 32(2)(b) and its
 * French and German transpositions) justified, near by, by technical reasons or exclusive rights.
 * Art. 32(2) allows those grounds only when no reasonable alternative or substitute exists and
 * the lack of competition is not the result of narrowing the requirements; a text that states
 * that analysis ("no reasonable alternative …") is not flagged.
 */
export function findNegotiatedWithoutPublicationWording(analysis: TextAnalysis): TextFinding[] {
  const { text } = analysis;
  if (text.search(NO_ALTERNATIVE_ANALYSIS) >= 0) return [];
  const procedures = [...text.matchAll(NEGOTIATED_WITHOUT_PUBLICATION)].map((match) => match.index);
  if (procedures.length === 0) return [];
  const findings: TextFinding[] = [];
  for (const ground of text.matchAll(TECHNICAL_OR_EXCLUSIVE_GROUND)) {
    if (!procedures.some((at) => Math.abs(at - ground.index) <= GROUND_WINDOW)) continue;
    findings.push({
      ruleId: "LOCKIN-007",
      severity: "warning",
      start: ground.index,
      end: ground.index + ground[0].length,
      code: "lint.noAlternativeAnalysisWording",
      values: { phrase: ground[0] },
      subject: ground[0].toLowerCase(),
    });
  }
  return findings;
}
