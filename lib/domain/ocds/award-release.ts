import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import { ocdsAwardStatus } from "./codes";
import { amountOf, instant, ocidOf, startOfDay } from "./ocds-format";
import type { OcdsAwardInput, OcdsProcessInput, OcdsSettings } from "./ocds-input";
import type { OcdsAward, OcdsOrganizationReference, OcdsParty, OcdsRelease } from "./ocds-model";

/**
 * The award release of one award decision (one lot, or the tender without lots), published once
 * the tender is awarded. It says who won (the supplier's name, public with the award), when the
 * decision was taken, the winning bid's price and where the award stands (pending during the
 * standstill). Nothing else of any bid: not the losing bids, not the scores, not the bidder's
 * contact or registration number, not the decision's internal note.
 */
export function awardRelease(
  input: OcdsProcessInput,
  award: OcdsAwardInput,
  settings: OcdsSettings,
  today: IsoDate,
): OcdsRelease {
  const { tender } = input;
  const buyer: OcdsOrganizationReference = { id: input.buyer.id, name: input.buyer.name };
  const supplier = award.winner ? { id: `supplier-${award.winner.bidId}`, name: award.winner.name } : null;
  const parties: OcdsParty[] = [{ ...buyer, roles: ["buyer", "procuringEntity"] }];
  if (supplier) parties.push({ ...supplier, roles: ["supplier"] });
  return {
    ocid: ocidOf(settings.ocidPrefix, tender.id),
    id: `award-${award.decisionId}`,
    date: instant(award.recordedAt),
    tag: ["award"],
    initiationType: "tender",
    language: tender.documentsLanguage,
    buyer,
    parties,
    tender: { id: tender.reference },
    awards: [awardSection(award, tender.currency, supplier, today)],
  };
}

function awardSection(
  award: OcdsAwardInput,
  currency: string,
  supplier: OcdsOrganizationReference | null,
  today: IsoDate,
): OcdsAward {
  const priceCents = award.winner?.priceCents ?? null;
  return {
    id: award.decisionId,
    status: ocdsAwardStatus(award, today),
    // The decision is a calendar day (docs/award.md).
    date: startOfDay(award.decidedOn),
    ...(priceCents !== null ? { value: { amount: amountOf(priceCents), currency } } : {}),
    ...(supplier ? { suppliers: [supplier] } : {}),
    ...(award.lotKey !== null ? { relatedLots: [award.lotKey] } : {}),
  };
}
