import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { Requirement } from "@/lib/domain/tender/requirements";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import type { ContractNature, ProcedureType } from "@/lib/domain/tender/tender-enums";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { TemplateClause, TemplateContent, TemplateIntendedUse } from "../template-content";

/** What a tender started from a template version is given; null leaves the answer to the drafter. */
export type TemplatePrefill = {
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  mainCpv: string | null;
  documentsLanguage: Locale | null;
  requirements: Requirement[];
  clauses: ChosenClause[];
  sovereignty: SovereigntyProfile | null;
  award: AwardCriteria | null;
};

/** A full CPV code, without its check digit: what the tender's main CPV holds. */
const FULL_CPV = /^\d{8}$/;

/**
 * The tender's answers from a template version. The template's intended use fills only what it
 * names unambiguously: the procedure when it names exactly one, the main CPV when one of its
 * prefixes is a full code (the first such). The documents are in the template's language. The
 * mandatory and recommended clauses are included with the template's values; optional ones are
 * only offered (offeredClauses). Everything is copied, so the tender never shares objects with
 * the template it came from.
 */
export function prefillFromTemplate(content: TemplateContent, language: string): TemplatePrefill {
  return {
    contractNature: content.intendedUse.contractNature,
    procedureType: templateProcedureType(content.intendedUse),
    mainCpv: templateMainCpv(content.intendedUse),
    documentsLanguage: isLocale(language) ? language : null,
    requirements: content.requirements.map((requirement) => ({ ...requirement })),
    clauses: includedClauses(content),
    sovereignty: copy(content.sovereignty),
    award: copy(content.award),
  };
}

export function templateProcedureType(intendedUse: TemplateIntendedUse): ProcedureType | null {
  return intendedUse.procedureTypes.length === 1 ? intendedUse.procedureTypes[0]! : null;
}

export function templateMainCpv(intendedUse: TemplateIntendedUse): string | null {
  return intendedUse.cpvPrefixes.find((prefix) => FULL_CPV.test(prefix)) ?? null;
}

/** The clauses a tender starts with: mandatory and recommended, in the template's order. */
export function includedClauses(content: TemplateContent): ChosenClause[] {
  return content.clauses
    .filter((clause) => clause.status !== "OPTIONAL")
    .map((clause) => ({ key: clause.key, version: clause.version, values: { ...clause.values } }));
}

/** The clauses the template only suggests: the drafter adds them from the library if wanted. */
export function offeredClauses(content: TemplateContent): TemplateClause[] {
  return content.clauses.filter((clause) => clause.status === "OPTIONAL");
}

/** Clauses a tender may leave out only with a recorded justification, by the template's say. */
export function templateMandatoryKeys(content: TemplateContent): Set<string> {
  return new Set(content.clauses.filter((clause) => clause.status === "MANDATORY").map((clause) => clause.key));
}

function copy<T>(value: T | null): T | null {
  return value === null ? null : structuredClone(value);
}
