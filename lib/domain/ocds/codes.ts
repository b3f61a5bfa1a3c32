import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import type { ContractNature, ProcedureType, TenderStatus } from "@/lib/domain/tender/tender-enums";
import type { OcdsAward } from "./ocds-model";

/**
 * The app's enums in OCDS codelists (data/ocds/codelists). Each table is complete for its enum,
 * so the compiler refuses a new procedure or status until it is mapped here.
 */

/**
 * method.csv: open (anyone may tender), selective (only qualified suppliers are invited),
 * limited (the buyer contacts suppliers of its choice), direct (one supplier, no competition).
 * The two-stage procedures of Directive 2014/24/EU (Arts 28–31) invite only the candidates
 * selected after the requests to participate: selective. The negotiated procedure without prior
 * publication (Art. 32) lets the buyer choose whom to negotiate with: limited. A national
 * procedure below the thresholds may be any of these, so it has no code; its name says what it is.
 */
export const PROCUREMENT_METHODS: Record<ProcedureType, "open" | "selective" | "limited" | null> = {
  OPEN: "open",
  RESTRICTED: "selective",
  COMPETITIVE_NEGOTIATION: "selective",
  COMPETITIVE_DIALOGUE: "selective",
  INNOVATION_PARTNERSHIP: "selective",
  NEGOTIATED_WITHOUT_PUBLICATION: "limited",
  BELOW_THRESHOLD_NATIONAL: null,
};

/** procurementCategory.csv: the Directive's supplies are OCDS's goods. */
export const PROCUREMENT_CATEGORIES: Record<ContractNature, "goods" | "services" | "works"> = {
  SERVICES: "services",
  SUPPLIES: "goods",
  WORKS: "works",
};

/** The statuses that are public: a tender is published data from its publication on. */
export const PUBLIC_TENDER_STATUSES = ["PUBLISHED", "EVALUATION", "AWARDED", "CANCELLED"] as const;
export type PublicTenderStatus = (typeof PUBLIC_TENDER_STATUSES)[number];

/**
 * Whether a tender is published data. Drafts, tenders in review and approved tenders never are;
 * a cancelled tender is only when it had been published before (Art. 55(1): the candidates and
 * tenderers are told why), not a draft abandoned.
 */
export function isPublicTender(tender: { status: TenderStatus; wasPublished: boolean }): boolean {
  if (tender.status === "CANCELLED") return tender.wasPublished;
  return (PUBLIC_TENDER_STATUSES as readonly TenderStatus[]).includes(tender.status);
}

/**
 * tenderStatus.csv: active while bids are awaited and evaluated ("a tender process is currently
 * taking place"); once awarded, complete when at least one lot has a winner and unsuccessful
 * when none has; cancelled when the authority cancelled it.
 */
export function ocdsTenderStatus(
  status: PublicTenderStatus,
  awards: readonly { winner: unknown }[],
): "active" | "complete" | "unsuccessful" | "cancelled" {
  switch (status) {
    case "PUBLISHED":
    case "EVALUATION":
      return "active";
    case "AWARDED":
      return awards.some((award) => award.winner !== null) ? "complete" : "unsuccessful";
    case "CANCELLED":
      return "cancelled";
  }
}

/**
 * A lot's status (tenderStatus.csv, as the lots extension asks): the tender's, except that once
 * awarded each lot is complete or unsuccessful by its own decision.
 */
export function ocdsLotStatus(
  status: PublicTenderStatus,
  lotKey: string,
  awards: readonly { lotKey: string | null; winner: unknown }[],
): "active" | "complete" | "unsuccessful" | "cancelled" {
  if (status !== "AWARDED") return ocdsTenderStatus(status, []);
  const decision = awards.find((award) => award.lotKey === lotKey);
  return decision?.winner ? "complete" : "unsuccessful";
}

/**
 * awardStatus (closed, in the schema): a lot without a winner is unsuccessful; a winner's award
 * is pending during the standstill period, when the contract may not yet be signed (Remedies
 * Directive Art. 2a(2); OCDS: "not yet in force… due to a cooling off period"), and active from
 * the day after its last day.
 */
export function ocdsAwardStatus(
  award: { winner: unknown; standstillEndsOn: IsoDate },
  today: IsoDate,
): OcdsAward["status"] {
  if (award.winner === null) return "unsuccessful";
  return today > award.standstillEndsOn ? "active" : "pending";
}
