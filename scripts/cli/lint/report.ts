import type { LintFinding, OpennessReadiness } from "../../../lib/domain/lint";
import { findingMessage, fixLabel, readinessLine } from "./english";

/** A 1-based line and column (UTF-16 code units, as editors count) of an offset in a text. */
export type Position = { line: number; column: number };

export function positionIn(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** What was linted: one text (a specification), or a tender's fields by path. */
export type LintedSource = { file: string; kind: "text" | "tender"; texts: ReadonlyMap<string, string> };

type Placed = { finding: LintFinding; start?: Position; end?: Position; fixAt?: Position };

function place(source: LintedSource, findings: readonly LintFinding[]): Placed[] {
  const lineStarts = new Map<string, number[]>();
  const positionOf = (field: string, offset: number | undefined) => {
    const text = source.texts.get(field);
    if (offset === undefined || text === undefined) return undefined;
    if (!lineStarts.has(field)) lineStarts.set(field, lineStartsOf(text));
    return positionIn(lineStarts.get(field)!, offset);
  };
  return findings.map((finding) => ({
    finding,
    start: positionOf(finding.location.field, finding.location.start),
    end: positionOf(finding.location.field, finding.location.end),
    fixAt: finding.fix ? positionOf(finding.fix.field, finding.fix.start) : undefined,
  }));
}

/**
 * One finding per line, the way compilers report: `spec.md:12:5: error LOCKIN-001: message
 * [legal basis] Fix: …`; for a tender, the field's path comes after the file name.
 */
export function humanReport(
  source: LintedSource,
  findings: readonly LintFinding[],
  readiness: OpennessReadiness,
): string {
  const lines = place(source, findings).map(({ finding, start, fixAt }) => {
    const where = [source.file];
    if (source.kind === "tender") where.push(finding.location.field);
    if (start) where.push(String(start.line), String(start.column));
    const fix = finding.fix && fixAt ? ` Fix: ${fixLabel(finding.fix.replacement)} at ${fixAt.line}:${fixAt.column}.` : ""; // prettier-ignore
    return `${where.join(":")}: ${finding.severity} ${finding.ruleId}: ${findingMessage(finding)} [${finding.legalBasis}]${fix}`;
  });
  const total =
    findings.length === 0 ? "No findings." : `${findings.length} finding${findings.length === 1 ? "" : "s"}.`;
  return [...lines, `${total} ${readinessLine(readiness)}`].join("\n") + "\n";
}

/** The findings as JSON, each with its English message and, for text, its line and column. */
export function jsonReport(
  source: LintedSource,
  findings: readonly LintFinding[],
  readiness: OpennessReadiness,
): string {
  const report = {
    file: source.file,
    kind: source.kind,
    findings: place(source, findings).map(({ finding, start, end, fixAt }) => ({
      ...finding,
      message: findingMessage(finding),
      ...(start && end ? { line: start.line, column: start.column, endLine: end.line, endColumn: end.column } : {}),
      ...(finding.fix && fixAt ? { fixLine: fixAt.line, fixColumn: fixAt.column } : {}),
    })),
    readiness,
  };
  return JSON.stringify(report, null, 2) + "\n";
}
