import type { AwardCriteria } from "../tender/criteria-tree";
import { flattenCriteria } from "../tender/criteria-tree";
import type { InnovationPhase } from "../tender/innovation-phases";
import type { Lot } from "../tender/lots";
import type { Requirement } from "../tender/requirements";
import type { ContractNature, ProcedureType } from "../tender/tender-enums";
import type { LintTenderInput, LintTextField } from "./tender-input";

/** The parts of a tender (TenderDto, TenderForChecks) the linter reads. */
export type LintableTender = {
  title: string;
  summary: string;
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  procedureGround: string | null;
  mainCpv: string | null;
  additionalCpvs?: readonly string[];
  documentsLanguage?: string | null;
  lots: readonly Pick<Lot, "title" | "description">[];
  reasonsForNotDividing: string;
  requirements: readonly Pick<Requirement, "text">[];
  award: AwardCriteria | null;
  innovationPhases?: readonly Pick<InnovationPhase, "objectives" | "deliverables" | "goNoGoCriteria">[];
  /** SovereigntyProfile fits: only the justifications of the minimum SEAL levels are read. */
  sovereignty?: { minimumSeal: Readonly<Record<string, { justification?: string | null } | undefined>> } | null;
};

/** A clause the tender uses: the topics it covers and its filled-in parameters. */
export type LintableClause = {
  topics: readonly string[];
  /** Parameter values by name; text and lists of text are linted, numbers are not. */
  parameters?: Readonly<Record<string, unknown>>;
};

export type LintExtras = {
  /** The tender's clauses in order; leave out when not known, so rule 5 is skipped. */
  clauses?: readonly LintableClause[];
  usedByPeople?: boolean;
  noAlternativeAnalysis?: string | null;
};

/** The linter's input from a tender: every text under its form path, and the structured facts. */
export function lintInputFromTender(tender: LintableTender, extras: LintExtras = {}): LintTenderInput {
  const fields: LintTextField[] = [
    { section: "about", field: "title", text: tender.title },
    { section: "about", field: "summary", text: tender.summary },
    { section: "lots", field: "reasonsForNotDividing", text: tender.reasonsForNotDividing },
  ];
  tender.lots.forEach((lot, i) => {
    fields.push({ section: "lots", field: `lots.${i}.title`, text: lot.title });
    fields.push({ section: "lots", field: `lots.${i}.description`, text: lot.description });
  });
  tender.requirements.forEach((requirement, i) => {
    fields.push({ section: "requirements", field: `requirements.${i}.text`, text: requirement.text });
  });
  for (const { criterion, path } of flattenCriteria(tender.award?.criteria ?? [])) {
    if (criterion.name) fields.push({ section: "criteria", field: `${path}.name`, text: criterion.name });
    if (criterion.description) {
      fields.push({ section: "criteria", field: `${path}.description`, text: criterion.description });
    }
  }
  (tender.innovationPhases ?? []).forEach((phase, i) => {
    for (const list of ["objectives", "deliverables", "goNoGoCriteria"] as const) {
      phase[list].forEach((text, j) => fields.push({ section: "phases", field: `phases.${i}.${list}.${j}`, text }));
    }
  });
  for (const [objective, requirement] of Object.entries(tender.sovereignty?.minimumSeal ?? {})) {
    const text = requirement?.justification ?? "";
    fields.push({ section: "sovereignty", field: `minimumSeal.${objective}.justification`, text });
  }
  extras.clauses?.forEach((clause, i) => fields.push(...clauseFields(clause, `clauses.${i}.parameters`)));
  return {
    fields: fields.filter((field) => field.text.trim() !== ""),
    contractNature: tender.contractNature,
    procedureType: tender.procedureType,
    procedureGround: tender.procedureGround,
    noAlternativeAnalysis: extras.noAlternativeAnalysis ?? null,
    cpvCodes: [tender.mainCpv ?? "", ...(tender.additionalCpvs ?? [])].filter((code) => code !== ""),
    award: tender.award,
    clauseTopics: extras.clauses ? [...new Set(extras.clauses.flatMap((clause) => clause.topics))] : undefined,
    usedByPeople: extras.usedByPeople ?? true,
    documentsLanguage: tender.documentsLanguage ?? null,
  };
}

function clauseFields(clause: LintableClause, prefix: string): LintTextField[] {
  return Object.entries(clause.parameters ?? {}).flatMap(([name, value]) => {
    if (typeof value === "string") return [{ section: "clauses" as const, field: `${prefix}.${name}`, text: value }];
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, j) =>
      typeof item === "string" ? [{ section: "clauses" as const, field: `${prefix}.${name}.${j}`, text: item }] : [],
    );
  });
}
