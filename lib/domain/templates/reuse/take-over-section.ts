import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause, ClauseParameterValue } from "@/lib/domain/clauses/clause-model";
import { carryOverParameterValues, type ChosenClause } from "@/lib/domain/clauses/clause-updates";
import type { MandatoryClauseRemoval } from "@/lib/domain/clauses/mandatory-removals";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { Requirement } from "@/lib/domain/tender/requirements";
import { sameValue } from "@/lib/domain/tender/revisions/section-fields";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import type { ContractNature, ProcedureType } from "@/lib/domain/tender/tender-enums";
import type { TemplateContent } from "../template-content";
import { includedClauses, prefillFromTemplate } from "./prefill-tender";
import type { TemplateSection } from "./template-sections";

/** The tender's answers a take-over may rewrite (the TenderDto's fields of the same names). */
export type TemplateFilledFields = {
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  procedureGround: string | null;
  mainCpv: string | null;
  requirements: Requirement[];
  clauses: ChosenClause[];
  clauseRemovals: MandatoryClauseRemoval[];
  sovereignty: SovereigntyProfile | null;
  award: AwardCriteria | null;
};

export type TakeOverResult = {
  /** The fields the section save writes. */
  data: Partial<TemplateFilledFields>;
  /** Clause parameters whose value the drafter had set but the newer clause version refuses. */
  droppedValues: { key: string; parameters: string[] }[];
};

/**
 * One section of the tender after taking over a newer template version. The template's part of
 * the section is replaced whole; what the drafter added of their own (a requirement or a clause
 * the older version did not have) stays, after the template's. In detail:
 * - about, procedure, scope: the contract nature, procedure type or main CPV the newer version
 *   names (a procedure's legal ground is cleared when the procedure changes);
 * - criteria, sovereignty: the newer version's, whole;
 * - requirements: the newer version's, then the drafter's own;
 * - clauses: the newer version's mandatory and recommended clauses, each keeping the parameter
 *   values the drafter changed from the older version's defaults where the parameter still exists
 *   and the value is still valid (carryOverParameterValues); then the drafter's own clauses, and
 *   any clause the library makes mandatory, which only a recorded justification may remove.
 *   Removal records of clauses that come back are dropped, as a section save does.
 *
 * `definitions` holds the clause versions by key@version: those the tender holds and those the
 * newer version names.
 */
export function takeOverSection({
  section,
  tender,
  base,
  newer,
  definitions,
}: {
  section: TemplateSection;
  tender: TemplateFilledFields;
  /** The version the section was last taken from; null when it cannot be read. */
  base: TemplateContent | null;
  newer: TemplateContent;
  definitions: ReadonlyMap<string, Clause>;
}): TakeOverResult {
  const prefill = prefillFromTemplate(newer, "");
  const none = { droppedValues: [] };
  switch (section) {
    case "about":
      return { data: { contractNature: prefill.contractNature ?? tender.contractNature }, ...none };
    case "procedure": {
      const procedureType = prefill.procedureType ?? tender.procedureType;
      const procedureGround = procedureType === tender.procedureType ? tender.procedureGround : null;
      return { data: { procedureType, procedureGround }, ...none };
    }
    case "scope":
      return { data: { mainCpv: prefill.mainCpv ?? tender.mainCpv }, ...none };
    case "criteria":
      return { data: { award: prefill.award ?? tender.award }, ...none };
    case "sovereignty":
      return { data: { sovereignty: prefill.sovereignty ?? tender.sovereignty }, ...none };
    case "requirements": {
      const templateKeys = new Set([...(base?.requirements ?? []), ...newer.requirements].map(({ key }) => key));
      const own = tender.requirements.filter((requirement) => !templateKeys.has(requirement.key));
      return { data: { requirements: [...prefill.requirements, ...own] }, ...none };
    }
    case "clauses":
      return takeOverClauses(tender, base, newer, definitions);
  }
}

function takeOverClauses(
  tender: TemplateFilledFields,
  base: TemplateContent | null,
  newer: TemplateContent,
  definitions: ReadonlyMap<string, Clause>,
): TakeOverResult {
  const droppedValues: TakeOverResult["droppedValues"] = [];
  const templateClauses = includedClauses(newer).map((clause) => {
    const held = tender.clauses.find((candidate) => candidate.key === clause.key);
    const definition = definitions.get(chosenVersionKey(clause.key, clause.version));
    if (!held || !definition) return clause;
    const baseValues = base?.clauses.find((candidate) => candidate.key === clause.key)?.values ?? {};
    // Only what the drafter changed is theirs; a value still at the older default follows the template.
    const changed = Object.fromEntries(
      Object.entries(held.values).filter(([name, value]) => !sameValue(value, baseValues[name])),
    ) as Record<string, ClauseParameterValue>;
    const carried = carryOverParameterValues(definition, changed);
    if (carried.dropped.length > 0) droppedValues.push({ key: clause.key, parameters: carried.dropped });
    return { ...clause, values: { ...clause.values, ...carried.values } };
  });

  const newerKeys = new Set(templateClauses.map(({ key }) => key));
  const baseKeys = new Set(base ? includedClauses(base).map(({ key }) => key) : []);
  const kept = tender.clauses.filter((clause) => {
    if (newerKeys.has(clause.key)) return false;
    const libraryMandatory = definitions.get(chosenVersionKey(clause.key, clause.version))?.status === "MANDATORY";
    return !baseKeys.has(clause.key) || libraryMandatory;
  });
  const clauses = [...templateClauses, ...kept];
  const chosen = new Set(clauses.map(({ key }) => key));
  const clauseRemovals = tender.clauseRemovals.filter((removal) => !chosen.has(removal.key));
  return { data: { clauses, clauseRemovals }, droppedValues };
}
