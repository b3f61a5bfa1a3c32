import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import type { Lot } from "@/lib/domain/tender/lots";
import type { ContractNature, ProcedureType, TenderStatus } from "@/lib/domain/tender/tender-enums";

/**
 * What the OCDS mapping reads of one contracting process: the tender as published (with its
 * corrigenda), its buyer, and, once awarded, the award decisions with what the public may know
 * of each winning bid. lib/server/ocds gathers it; nothing here is read from a database.
 */
export type OcdsProcessInput = {
  tender: OcdsTenderInput;
  buyer: { id: string; name: string };
  /** The tender's corrigenda, oldest first (they become tender.amendments). */
  corrigenda: readonly { number: number; reason: string; issuedAt: Date }[];
  /** Documents with a public address; none yet. */
  documents: readonly OcdsDocumentInput[];
  /** One per lot decided (or one for a tender without lots); read only for an AWARDED tender. */
  awards: readonly OcdsAwardInput[];
};

export type OcdsTenderInput = {
  id: string;
  reference: string;
  title: string;
  summary: string;
  status: TenderStatus;
  /**
   * True when the tender was ever published. Only a CANCELLED tender needs it: a draft cancelled
   * before publication is not public and has no release.
   */
  wasPublished: boolean;
  contractNature: ContractNature | null;
  procedureType: ProcedureType | null;
  /** The procedure's name in the tender's language (the app's label), e.g. "Offenes Verfahren". */
  procedureLabel: string | null;
  /** The legal ground's provision, e.g. "Directive 2014/24/EU Art. 32(2)(b)(ii)"; null when none. */
  procedureGroundSource: string | null;
  /** 8 digits, no check digit. */
  mainCpv: string | null;
  additionalCpvs: readonly string[];
  estimatedValueCents: number | null;
  currency: string;
  /** ISO 639-1, e.g. "de": the release's language. */
  documentsLanguage: string;
  lots: readonly Lot[];
  award: AwardCriteria | null;
  publicationDate: IsoDate | null;
  clarificationDeadline: IsoDate | null;
  tenderDeadline: IsoDate | null;
  /** Every save and every move increments it: a new version is a new release. */
  version: number;
  updatedAt: Date;
};

export type OcdsDocumentInput = {
  id: string;
  /** A code of documentType.csv, e.g. "tenderNotice". */
  documentType: string;
  title: string;
  url: string;
  format?: string;
  relatedLots?: string[];
};

export type OcdsAwardInput = {
  decisionId: string;
  /** null for a tender without lots. */
  lotKey: string | null;
  decidedOn: IsoDate;
  /** The last day of the standstill period (lib/domain/award/standstill.ts). */
  standstillEndsOn: IsoDate;
  recordedAt: Date;
  /** The winning bid as the public may know it; null when the lot has no winner. */
  winner: { bidId: string; name: string; priceCents: number | null } | null;
};

/** What the operator sets (lib/env.ts): the ocid prefix and who publishes, under which licence. */
export type OcdsSettings = {
  /** `ocds-` and six characters, registered with the OCDS helpdesk. */
  ocidPrefix: string;
  publisher: { name: string; uri?: string };
  license: string;
  publicationPolicy?: string;
};

/** A lookup of CPV labels in a language; undefined when the code is unknown. */
export type CpvLabel = (code8: string, language: string) => string | undefined;
