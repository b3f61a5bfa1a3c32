import "server-only";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import type { MandatoryClauseRemoval } from "@/lib/domain/clauses/mandatory-removals";
import type { LintDismissal } from "@/lib/domain/lint/dismissal";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { InnovationPhase } from "@/lib/domain/tender/innovation-phases";
import type { Lot } from "@/lib/domain/tender/lots";
import type { Requirement } from "@/lib/domain/tender/requirements";
import type { SovereigntyProfile } from "@/lib/domain/tender/sovereignty";
import { TIMELINE_DATES, type TimelineDate } from "@/lib/domain/tender/tender-enums";
import type { ContractNature, ProcedureType, TenderStatus } from "@/lib/generated/prisma/enums";

/** A tender as pages see it: plain values, money in cents as a number. */
export type TenderDto = {
  id: string;
  reference: string;
  title: string;
  summary: string;
  status: TenderStatus;
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  procedureGround: string | null;
  mainCpv: string | null;
  additionalCpvs: string[];
  estimatedValueCents: number | null;
  currency: string;
  durationMonths: number | null;
  renewalOptions: string;
  documentsLanguage: string;
  lots: Lot[];
  reasonsForNotDividing: string;
  requirements: Requirement[];
  clauses: ChosenClause[];
  clauseRemovals: MandatoryClauseRemoval[];
  lintDismissals: LintDismissal[];
  sovereignty: SovereigntyProfile | null;
  award: AwardCriteria | null;
  innovationPhases: InnovationPhase[];
  /** Calendar dates as YYYY-MM-DD, the form lib/domain/tender/time-limits.ts works in. */
  publicationDate: string | null;
  requestsDeadline: string | null;
  invitationDate: string | null;
  clarificationDeadline: string | null;
  tenderDeadline: string | null;
  openingDate: string | null;
  completedSections: string[];
  version: number;
  updatedAt: Date;
};

export const TENDER_SELECT = {
  id: true,
  reference: true,
  title: true,
  summary: true,
  status: true,
  contractNature: true,
  procedureType: true,
  procedureGround: true,
  mainCpv: true,
  additionalCpvs: true,
  estimatedValueCents: true,
  currency: true,
  durationMonths: true,
  renewalOptions: true,
  documentsLanguage: true,
  lots: true,
  reasonsForNotDividing: true,
  requirements: true,
  clauses: true,
  clauseRemovals: true,
  lintDismissals: true,
  sovereignty: true,
  award: true,
  innovationPhases: true,
  publicationDate: true,
  requestsDeadline: true,
  invitationDate: true,
  clarificationDeadline: true,
  tenderDeadline: true,
  openingDate: true,
  completedSections: true,
  version: true,
  updatedAt: true,
} as const;

/** The sections stored as JSON; only the section actions write them, after their schema. */
type JsonSection =
  | "lots"
  | "requirements"
  | "clauses"
  | "clauseRemovals"
  | "lintDismissals"
  | "sovereignty"
  | "award"
  | "innovationPhases";

type TenderRow = Omit<TenderDto, "estimatedValueCents" | TimelineDate | JsonSection> & {
  estimatedValueCents: bigint | null;
} & Record<TimelineDate, Date | null> &
  Record<JsonSection, unknown>;

export function toTenderDto(row: TenderRow): TenderDto {
  return {
    ...row,
    estimatedValueCents: row.estimatedValueCents === null ? null : Number(row.estimatedValueCents),
    lots: row.lots as Lot[],
    requirements: row.requirements as Requirement[],
    clauses: row.clauses as ChosenClause[],
    clauseRemovals: row.clauseRemovals as MandatoryClauseRemoval[],
    lintDismissals: row.lintDismissals as LintDismissal[],
    sovereignty: row.sovereignty as SovereigntyProfile | null,
    // Drafts saved before the award settings existed get their defaults.
    award: readAwardCriteria(row.award, row.durationMonths),
    innovationPhases: row.innovationPhases as InnovationPhase[],
    // DATE columns arrive as midnight UTC; the calendar day is what was stored.
    ...(Object.fromEntries(TIMELINE_DATES.map((field) => [field, calendarDate(row[field])])) as Record<
      TimelineDate,
      string | null
    >),
  };
}

function calendarDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
