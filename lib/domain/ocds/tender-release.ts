import { ocdsAwardCriteria } from "./award-criteria";
import {
  ocdsLotStatus,
  ocdsTenderStatus,
  PROCUREMENT_CATEGORIES,
  PROCUREMENT_METHODS,
  type PublicTenderStatus,
} from "./codes";
import { amountOf, defined, endOfDay, instant, ocidOf, startOfDay } from "./ocds-format";
import type { CpvLabel, OcdsProcessInput, OcdsSettings } from "./ocds-input";
import {
  CPV_SCHEME,
  type OcdsClassification,
  type OcdsItem,
  type OcdsOrganizationReference,
  type OcdsPeriod,
  type OcdsRelease,
  type OcdsTender,
} from "./ocds-model";

/**
 * The tender release of a contracting process: the tender as it stands now (corrigenda applied
 * and listed as amendments), one release per version of the tender. Its tag is "tender", or
 * "tenderCancellation" once cancelled; tender.status says where the procedure is.
 * The caller has checked that the tender is public (isPublicTender).
 */
export function tenderRelease(
  input: OcdsProcessInput,
  status: PublicTenderStatus,
  settings: OcdsSettings,
  cpvLabel: CpvLabel,
): OcdsRelease {
  const { tender } = input;
  const buyer: OcdsOrganizationReference = { id: input.buyer.id, name: input.buyer.name };
  return {
    ocid: ocidOf(settings.ocidPrefix, tender.id),
    id: `tender-${tender.version}`,
    date: instant(tender.updatedAt),
    tag: [status === "CANCELLED" ? "tenderCancellation" : "tender"],
    initiationType: "tender",
    language: tender.documentsLanguage,
    buyer,
    parties: [{ ...buyer, roles: ["buyer", "procuringEntity"] }],
    tender: tenderSection(input, status, buyer, cpvLabel),
  };
}

function tenderSection(
  input: OcdsProcessInput,
  status: PublicTenderStatus,
  buyer: OcdsOrganizationReference,
  cpvLabel: CpvLabel,
): OcdsTender {
  const { tender } = input;
  const method = tender.procedureType ? PROCUREMENT_METHODS[tender.procedureType] : null;
  const criteria = ocdsAwardCriteria(tender.award, tender.documentsLanguage);
  const value = (cents: number | null) =>
    cents === null ? undefined : { amount: amountOf(cents), currency: tender.currency };
  const section: OcdsTender = {
    id: tender.reference,
    title: tender.title,
    ...(tender.summary.trim() ? { description: tender.summary } : {}),
    status: ocdsTenderStatus(status, input.awards),
    procuringEntity: buyer,
    items: items(input, cpvLabel),
    ...defined({
      value: value(tender.estimatedValueCents),
      procurementMethod: method ?? undefined,
      procurementMethodDetails: tender.procedureLabel ?? undefined,
      procurementMethodRationale: tender.procedureGroundSource ?? undefined,
      mainProcurementCategory: tender.contractNature ? PROCUREMENT_CATEGORIES[tender.contractNature] : undefined,
      awardCriteria: criteria?.awardCriteria,
      awardCriteriaDetails: criteria?.awardCriteriaDetails,
      tenderPeriod: period(tender.publicationDate, tender.tenderDeadline),
      enquiryPeriod: period(tender.publicationDate, tender.clarificationDeadline),
    }),
  };
  if (input.documents.length > 0) {
    section.documents = input.documents.map((document) => ({ ...document, language: tender.documentsLanguage }));
  }
  if (input.corrigenda.length > 0) {
    section.amendments = input.corrigenda.map((corrigendum) => ({
      id: `corrigendum-${corrigendum.number}`,
      date: instant(corrigendum.issuedAt),
      rationale: corrigendum.reason,
    }));
  }
  if (tender.lots.length > 0) {
    // Lots are stored as JSON: a field an older draft lacks is left out rather than guessed.
    section.lots = tender.lots.map((lot) => ({
      id: lot.key,
      title: lot.title,
      ...(lot.description?.trim() ? { description: lot.description } : {}),
      status: ocdsLotStatus(status, lot.key, input.awards),
      ...(Number.isFinite(lot.estimatedValueCents) ? { value: value(lot.estimatedValueCents)! } : {}),
    }));
  }
  return section;
}

/**
 * What is bought, classified with CPV: one item for a tender without lots (its main code and the
 * additional ones), one per lot otherwise (the lot's own main code, else the tender's), tied to
 * its lot by relatedLot.
 */
function items(input: OcdsProcessInput, cpvLabel: CpvLabel): OcdsItem[] {
  const { tender } = input;
  const classify = (code: string | null): OcdsClassification | undefined => {
    if (!code) return undefined;
    const description = cpvLabel(code, tender.documentsLanguage);
    return { scheme: CPV_SCHEME, id: code, ...(description ? { description } : {}) };
  };
  if (tender.lots.length === 0) {
    const additional = tender.additionalCpvs.map(classify).filter((entry) => entry !== undefined);
    return [
      {
        id: "1",
        description: tender.title,
        ...defined({ classification: classify(tender.mainCpv) }),
        ...(additional.length > 0 ? { additionalClassifications: additional } : {}),
      },
    ];
  }
  return tender.lots.map((lot) => ({
    id: lot.key,
    description: lot.title,
    ...defined({ classification: classify(lot.cpv ?? tender.mainCpv) }),
    relatedLot: lot.key,
  }));
}

function period(start: string | null, end: string | null): OcdsPeriod | undefined {
  if (!start && !end) return undefined;
  return { ...(start ? { startDate: startOfDay(start) } : {}), ...(end ? { endDate: endOfDay(end) } : {}) };
}
