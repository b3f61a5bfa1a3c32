import { REQUIRED_CLAUSE_TOPICS, type RequiredClauseTopic } from "../clauses/clause-topics";
import { criteriaWarnings, validateCriteria } from "../tender/award-criteria";
import { isLegalGround, LEGAL_GROUND_RULES } from "../tender/procedures";
import {
  LINT_RULES,
  type LintFinding,
  type LintLocation,
  type LintMessageCode,
  type LintRuleId,
  type LintSeverity,
  type LintValues,
} from "./finding";
import { ACCESSIBILITY_MENTION } from "./phrases";
import { isSoftwareTender, type LintTenderInput } from "./tender-input";

/** Why each clause topic matters, as the finding's legal basis. */
const CLAUSE_TOPIC_BASIS: Record<RequiredClauseTopic, string> = {
  DELIVERABLES_LICENCE: "Directive 2014/24/EU Art. 42(1) (transfer of intellectual property rights)",
  SOURCE_CODE_DELIVERY: "Directive 2014/24/EU Art. 42(1) and 70; COM(2013) 455 (against lock-in)",
  EXIT_AND_PORTABILITY: "Regulation (EU) 2023/2854 (Data Act), Chapter VI; COM(2013) 455 (against lock-in)",
  OPEN_STANDARDS: "Directive 2014/24/EU Art. 42(3); European Interoperability Framework, Recommendation 8",
  ACCESSIBILITY: "Directive 2014/24/EU Art. 42(1); EN 301 549",
};

function finding(
  ruleId: LintRuleId,
  severity: LintSeverity,
  location: LintLocation,
  code: LintMessageCode,
  values: LintValues = {},
  legalBasis = LINT_RULES[ruleId].legalBasis,
): LintFinding {
  return { ruleId, severity, location, code, values, legalBasis, key: `${ruleId}|${location.field}|${code}` };
}

/**
 * Rule 5: a software tender's clauses should secure the licence of the deliverables, delivery of
 * the source code, exit and portability, and open standards (warnings: good practice, not law);
 * software used by people must be accessible (Art. 42(1): an error), which a clause or the
 * requirements' own words (EN 301 549, WCAG, accessibility …) can answer. Skipped when the
 * tender's clauses are not known, and for works.
 */
export function missingClauses(input: LintTenderInput): LintFinding[] {
  if (input.clauseTopics === undefined || input.contractNature === "WORKS" || !isSoftwareTender(input)) return [];
  const covered = new Set(input.clauseTopics);
  const findings = REQUIRED_CLAUSE_TOPICS.filter(
    (topic): topic is Exclude<RequiredClauseTopic, "ACCESSIBILITY"> => topic !== "ACCESSIBILITY" && !covered.has(topic),
  ).map((topic) =>
    finding(
      "LOCKIN-005",
      "warning",
      { section: "clauses", field: "clauses" },
      `lint.missingClause.${topic}`,
      {},
      CLAUSE_TOPIC_BASIS[topic],
    ),
  );
  const accessible =
    covered.has("ACCESSIBILITY") || input.fields.some((field) => ACCESSIBILITY_MENTION.test(field.text));
  if (input.usedByPeople !== false && !accessible) {
    findings.push(
      finding(
        "LOCKIN-005",
        "error",
        { section: "requirements", field: "requirements" },
        "lint.missingAccessibility",
        {},
        CLAUSE_TOPIC_BASIS.ACCESSIBILITY,
      ),
    );
  }
  return findings;
}

/**
 * Rule 6, from the award-criteria rules themselves (award-criteria.ts) so the two never disagree:
 * weights not summing to 100 on a level (an error, Art. 67(5)); price or cost alone for complex
 * software; a cost weight above 60 %; neither an openness nor a sovereignty criterion (warnings).
 */
export function awardCriteriaFindings(input: LintTenderInput): LintFinding[] {
  const award = input.award;
  const criteria = award?.criteria ?? [];
  if (!award || criteria.length === 0) return [];
  const at = (field: string): LintLocation => ({ section: "criteria", field });
  const findings = validateCriteria(award, { procedure: input.procedureType })
    .filter((problem) => problem.code === "criteria.weightsSum")
    .map((problem) =>
      finding("LOCKIN-006", "error", at(problem.path ?? "criteria"), "lint.criteria.weightsSum", problem.values),
    );
  const warnings = criteriaWarnings(criteria, { complexSoftware: isSoftwareTender(input) });
  const codes = new Set(warnings.map((warning) => warning.code));
  for (const warning of warnings) {
    const field = warning.path ?? "criteria";
    if (warning.code === "criteria.costOnlyForComplexSoftware") {
      findings.push(finding("LOCKIN-006", "warning", at(field), "lint.criteria.costOnly"));
    } else if (warning.code === "criteria.costWeightHigh") {
      findings.push(finding("LOCKIN-006", "warning", at(field), "lint.criteria.costWeightHigh", warning.values));
    }
  }
  if (codes.has("criteria.noOpennessCriterion") && codes.has("criteria.noSovereigntyCriterion")) {
    findings.push(finding("LOCKIN-006", "warning", at("criteria"), "lint.criteria.noOpennessOrSovereignty"));
  }
  return findings;
}

/**
 * Rule 7: a negotiated procedure without publication on the ground of technical reasons or
 * exclusive rights (Art. 32(2)(b)(ii)–(iii)), the classic way of renewing software without
 * competition. The grounds hold only when no reasonable alternative or substitute exists and the
 * lack of competition does not come from narrowed requirements, so the analysis must be written;
 * a warning, which the drafter answers with that analysis (as the dismissal's justification, or
 * in `noAlternativeAnalysis`).
 */
export function negotiatedWithoutPublication(input: LintTenderInput): LintFinding[] {
  const ground = input.procedureGround?.trim() ?? "";
  if (input.procedureType !== "NEGOTIATED_WITHOUT_PUBLICATION" || !isLegalGround(ground)) return [];
  if (!LEGAL_GROUND_RULES[ground].needsNoAlternativeAnalysis || !isSoftwareTender(input)) return [];
  if ((input.noAlternativeAnalysis ?? "").trim() !== "") return [];
  const location = { section: "procedure", field: "procedureGround" } as const;
  return [
    finding("LOCKIN-007", "warning", location, "lint.noAlternativeAnalysis", {
      ground: LEGAL_GROUND_RULES[ground].source,
    }),
  ];
}
