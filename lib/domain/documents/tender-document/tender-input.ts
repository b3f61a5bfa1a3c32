import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import type { CpvEntry } from "@/lib/domain/cpv/parse-cpv-csv";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { InnovationPhase } from "@/lib/domain/tender/innovation-phases";
import type { Lot } from "@/lib/domain/tender/lots";
import type { Requirement } from "@/lib/domain/tender/requirements";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import type { ContractNature, ProcedureType, TenderStatus, TimelineDate } from "@/lib/domain/tender/tender-enums";
import type { DocumentText } from "../document-text";

/** What the tender documents print of a tender: the fields of the server's TenderDto they read. */
export type TenderDocumentTender = {
  reference: string;
  title: string;
  summary: string;
  status: TenderStatus;
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  procedureGround: string | null;
  mainCpv: string | null;
  additionalCpvs: readonly string[];
  estimatedValueCents: number | null;
  currency: string;
  durationMonths: number | null;
  renewalOptions: string;
  lots: readonly Lot[];
  reasonsForNotDividing: string;
  requirements: readonly Requirement[];
  clauses: readonly ChosenClause[];
  sovereignty: SovereigntyProfile | null;
  award: AwardCriteria | null;
  innovationPhases: readonly InnovationPhase[];
} & Readonly<Record<TimelineDate, string | null>>;

export type TenderDocumentInput = {
  tender: TenderDocumentTender;
  /** The contracting authority's name, shown above the title. */
  authority: string;
  /** The definitions of the clause versions the tender chose, by `key@version`. */
  clauseDefinitions: ReadonlyMap<string, Clause>;
  /** The CPV codes the tender uses, by their 8 digits. */
  cpv: ReadonlyMap<string, CpvEntry>;
  /** The words of the tender's documents language. */
  text: DocumentText;
  /** ISO timestamp for the file's metadata only. */
  createdAt: string;
};

/** What every section builder receives. */
export type TenderContext = TenderDocumentInput & {
  /** `t` within documents.tender. */
  words: (key: string, values?: Readonly<Record<string, string | number>>) => string;
  /** A CPV code with its check digit and its label in the documents' language. */
  cpvText: (code: string) => string;
  /**
   * False for a tender's documents, which say what is not set yet ("Not set", "No requirements
   * have been set yet."); true for a template's document, which leaves a marked placeholder for
   * the drafter instead ("[Estimated value]"). The same section builders write both (missing.ts).
   */
  placeholders: boolean;
};
