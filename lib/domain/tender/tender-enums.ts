/** Mirrors of the tender enums in prisma/schema.prisma, for code that must not import Prisma. */
export const TENDER_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "APPROVED",
  "PUBLISHED",
  "EVALUATION",
  "AWARDED",
  "CANCELLED",
] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];

export const CONTRACT_NATURES = ["SERVICES", "SUPPLIES", "WORKS"] as const;
export type ContractNature = (typeof CONTRACT_NATURES)[number];

export const PROCEDURE_TYPES = [
  "OPEN",
  "RESTRICTED",
  "COMPETITIVE_NEGOTIATION",
  "COMPETITIVE_DIALOGUE",
  "INNOVATION_PARTNERSHIP",
  "NEGOTIATED_WITHOUT_PUBLICATION",
  "BELOW_THRESHOLD_NATIONAL",
] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

/** The dates of a tender's timeline, in the order they fall (mirrors the Tender columns). */
export const TIMELINE_DATES = [
  "publicationDate",
  "requestsDeadline",
  "invitationDate",
  "clarificationDeadline",
  "tenderDeadline",
  "openingDate",
] as const;
export type TimelineDate = (typeof TIMELINE_DATES)[number];
