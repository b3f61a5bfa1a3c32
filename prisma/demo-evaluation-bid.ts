import type { BidContent } from "../lib/domain/bids/bid-model";
import { bidComponent, dependencies, POSTGRESQL, projectCostLines } from "./demo-bid-parts";

/**
 * A fourth bid for the evaluated grants platform (prisma/demo-evaluated-tender.ts), beside the
 * three of prisma/demo-bids.ts: a German SME with an open source product, a richer solution than
 * the cooperative's at a higher price. Years 0 (start) to 5 (the exit year); amounts in cents.
 */
export const NORDLICHT_BID: BidContent = {
  bidder: {
    name: "Nordlicht Förderdienste GmbH",
    country: "DE",
    registrationId: "DE312456789",
    isSme: true,
    contactName: "Jana Becker",
    contactEmail: "ausschreibungen@nordlicht-foerder.example",
  },
  lotKey: null,
  solution:
    "FörderWerk, our open source grants suite used by four German state funding agencies, with a portal for " +
    "applicants, reviewer workspaces and payment workflows. Hosted by a German provider in Frankfurt; code " +
    "under AGPL-3.0 with the Ministry's adaptations under EUPL-1.2.",
  claimsOpenSource: true,
  costLines: projectCostLines({
    implementation: [520_000, "Configuration, adaptations and interfaces"],
    dataMigration: [70_000, "Files of running grants, with a dry run"],
    training: [30_000, "Programme officers and reviewers"],
    support: [110_000, "Maintenance, two releases a year"],
    hosting: [45_000, "German provider, Frankfurt data centre"],
    upgrades: [[2, 50_000, "Major release of FörderWerk"]],
    security: [10_000, "Yearly penetration test"],
    exit: [60_000, "Hand-over, exports in open formats"],
  }),
  components: [
    bidComponent({
      name: "FörderWerk",
      version: "5.1",
      supplier: "Nordlicht Förderdienste GmbH",
      licence: "AGPL-3.0-only",
      repository: "https://gitlab.opencode.de/nordlicht/foerderwerk",
      relation: "DELIVERED",
    }),
    bidComponent({
      name: "Ministry adaptations",
      version: "1.0",
      supplier: "Nordlicht Förderdienste GmbH",
      licence: "EUPL-1.2",
      relation: "DELIVERED",
    }),
    ...dependencies([
      ["Spring Boot", "3.4", "Broadcom", "Apache-2.0"],
      ["PostgreSQL", "17.2", POSTGRESQL.supplier, "PostgreSQL"],
    ]),
  ],
  sovereigntyClaims: {
    "SOV-1": { level: 3, evidence: "Owned by its two founders and staff, all in Germany." },
    "SOV-2": { level: 3, evidence: "German company, German law." },
    "SOV-3": { level: 3, evidence: "Data in Frankfurt; backups in Nuremberg." },
    "SOV-4": { level: 3, evidence: "Operations by our staff in Hamburg." },
    "SOV-5": { level: 2, evidence: "Supply chain documented in an SBOM." },
    "SOV-6": { level: 3, evidence: "Open source product; the Ministry's adaptations under EUPL-1.2." },
    "SOV-7": { level: 3, evidence: "BSI C5 attestation of the hosting provider." },
    "SOV-8": { level: 2, evidence: "Renewable energy, waste heat reused." },
  },
  standardAnswers: [
    { standardId: "OPENAPI-3.1", answer: "MET", evidence: "Every interface documented in OpenAPI 3.1." },
    { standardId: "CSV-RFC4180", answer: "MET", evidence: "Exports in CSV." },
    { standardId: "JSON-RFC8259", answer: "MET", evidence: "Exports and API in JSON." },
    { standardId: "DCAT-AP-3", answer: "MET", evidence: "Open data published with DCAT-AP 3 metadata." },
  ],
};
