import type { AwardCriteria } from "../tender/criteria-tree";
import type { ContractNature, ProcedureType } from "../tender/tender-enums";
import type { LintSection } from "./finding";
import type { LintLanguage } from "./language";

/** One text of the tender, where it lives, and its language when known. */
export type LintTextField = {
  section: LintSection;
  /** Field path in the forms' naming, e.g. `requirements.3.text`. */
  field: string;
  text: string;
  language?: LintLanguage | null;
};

/** What `lintTender` reads: the tender's texts and the structured facts the other rules need. */
export type LintTenderInput = {
  fields: readonly LintTextField[];
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  /** The legal ground code as stored (procedures.ts LEGAL_GROUNDS). */
  procedureGround: string | null;
  /** The written no-alternative analysis for an Art. 32(2)(b) ground, when the tender records one. */
  noAlternativeAnalysis?: string | null;
  /** Main and additional CPV codes; none given is read as a software tender. */
  cpvCodes: readonly string[];
  award: AwardCriteria | null;
  /** Topics the tender's clauses cover (clause-topics.ts); absent when not known, and rule 5 is skipped. */
  clauseTopics?: readonly string[];
  /** Whether people use the software (Art. 42(1) accessibility); true unless said otherwise. */
  usedByPeople?: boolean;
  /** The tender's documents language; texts without their own language are read in it. */
  documentsLanguage?: string | null;
};

/** CPV divisions of software: 48 (software packages and information systems), 72 (IT services). */
const SOFTWARE_CPV_DIVISIONS = ["48", "72"];

/** The linter's tender rules are about software; a tender with only other CPV codes is not one. */
export function isSoftwareTender(input: Pick<LintTenderInput, "cpvCodes">): boolean {
  const codes = input.cpvCodes.map((code) => code.trim()).filter((code) => code !== "");
  return (
    codes.length === 0 || codes.some((code) => SOFTWARE_CPV_DIVISIONS.some((division) => code.startsWith(division)))
  );
}
