import "server-only";
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
  completedSections: true,
  version: true,
  updatedAt: true,
} as const;

type TenderRow = Omit<TenderDto, "estimatedValueCents"> & { estimatedValueCents: bigint | null };

export function toTenderDto(row: TenderRow): TenderDto {
  return { ...row, estimatedValueCents: row.estimatedValueCents === null ? null : Number(row.estimatedValueCents) };
}
