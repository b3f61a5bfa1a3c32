/**
 * The part of the Open Contracting Data Standard 1.1 (release schema 1.1.5, data/ocds/) that
 * Tender Commons publishes, with the lots extension. Field names are OCDS's own, so these types
 * read like the schema; optional fields are left out rather than set to null.
 */

/** The `version` of every package: OCDS writes major.minor. */
export const OCDS_VERSION = "1.1";

/**
 * The lots extension (tender.lots, items[].relatedLot, awards[].relatedLots), declared in every
 * package's `extensions`; data/ocds/extensions/ocds_lots_extension is the copy the tests validate against.
 */
export const LOTS_EXTENSION_URL =
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json";

/** Common Procurement Vocabulary, as itemClassificationScheme.csv names it. */
export const CPV_SCHEME = "CPV";

/** CC0 1.0: the Open Contracting Partnership recommends a public domain dedication. */
export const DEFAULT_LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/";

export type OcdsValue = { amount: number; currency: string };

export type OcdsPeriod = { startDate?: string; endDate?: string };

export type OcdsClassification = { scheme: string; id: string; description?: string };

export type OcdsOrganizationReference = { id: string; name: string };

export type OcdsParty = OcdsOrganizationReference & { roles: string[] };

export type OcdsItem = {
  id: string;
  description?: string;
  classification?: OcdsClassification;
  additionalClassifications?: OcdsClassification[];
  relatedLot?: string;
};

export type OcdsLot = {
  id: string;
  title?: string;
  description?: string;
  status: string;
  value?: OcdsValue;
};

export type OcdsDocument = {
  id: string;
  documentType: string;
  title: string;
  url: string;
  format?: string;
  language?: string;
  datePublished?: string;
  dateModified?: string;
  relatedLots?: string[];
};

export type OcdsAmendment = { id: string; date: string; rationale: string };

export type OcdsTender = {
  id: string;
  title?: string;
  description?: string;
  status?: string;
  procuringEntity?: OcdsOrganizationReference;
  items?: OcdsItem[];
  value?: OcdsValue;
  procurementMethod?: string;
  procurementMethodDetails?: string;
  procurementMethodRationale?: string;
  mainProcurementCategory?: string;
  awardCriteria?: string;
  awardCriteriaDetails?: string;
  tenderPeriod?: OcdsPeriod;
  enquiryPeriod?: OcdsPeriod;
  documents?: OcdsDocument[];
  amendments?: OcdsAmendment[];
  lots?: OcdsLot[];
};

export type OcdsAward = {
  id: string;
  status: "pending" | "active" | "cancelled" | "unsuccessful";
  date: string;
  value?: OcdsValue;
  suppliers?: OcdsOrganizationReference[];
  relatedLots?: string[];
};

export type OcdsRelease = {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: "tender";
  language: string;
  buyer: OcdsOrganizationReference;
  parties: OcdsParty[];
  tender: OcdsTender;
  awards?: OcdsAward[];
};

export type OcdsPublisher = { name: string; uri?: string };

export type OcdsReleasePackage = {
  uri: string;
  version: typeof OCDS_VERSION;
  extensions: string[];
  publishedDate: string;
  publisher: OcdsPublisher;
  license: string;
  publicationPolicy?: string;
  releases: OcdsRelease[];
  /** Pagination, in the shape of OCDS 1.2 and the pagination extension: where the next and previous pages are. */
  links?: { next?: string; prev?: string };
};
