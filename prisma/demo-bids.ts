import type { BidContent } from "../lib/domain/bids/bid-model";
import { addDays, type IsoDate } from "../lib/domain/tender/calendar-date";
import { bidComponent, dependencies, POSTGRESQL, projectCostLines } from "./demo-bid-parts";

/**
 * Three sealed bids for the grants platform (prisma/demo-grants-tender.ts), as procurement staff
 * would have registered them from what the bidders submitted. Years 0 (start) to 5 (the exit year
 * after a four-year horizon); amounts in cents, excluding VAT.
 */
export type DemoBid = {
  content: BidContent;
  /** ISO instant; on or before the deadline day. */
  receivedAt: string;
  attachments: { fileName: string; mediaType: string; text: string; objective: string | null }[];
};

const REQUIRED_STANDARDS = ["OPENAPI-3.1", "CSV-RFC4180", "JSON-RFC8259", "DCAT-AP-3"] as const;

/** An SME cooperative delivering everything under EUPL-1.2, with an exit plan priced in year 5. */
const cooperative: BidContent = {
  bidder: {
    name: "Codeworks Cooperative SCE",
    country: "BE",
    registrationId: "BE0712345678",
    isSme: true,
    contactName: "Ana Lopes",
    contactEmail: "tenders@codeworks.example",
  },
  lotKey: null,
  solution:
    "A grants platform built on our open source case engine, adapted with programme officers in two-week " +
    "sprints. All code is published under EUPL-1.2 on code.europa.eu from the first sprint; the platform is " +
    "hosted by an EU-owned provider in Belgium. The exit plan hands the platform, its data and its " +
    "documentation to the Ministry or a successor in the fifth year.",
  claimsOpenSource: true,
  costLines: projectCostLines({
    implementation: [480_000, "Analysis, configuration and development, 16 sprints"],
    dataMigration: [60_000, "Files of about 2,400 running grants"],
    training: [25_000, "60 programme officers, train-the-trainer"],
    support: [95_000, "Corrective and evolutive maintenance"],
    hosting: [30_000, "EU-owned provider, Belgian data centre"],
    upgrades: [[3, 40_000, "Major version upgrade of the framework"]],
    security: [12_000, "Yearly penetration test"],
    exit: [45_000, "Hand-over, full export in open formats, two weeks of parallel running"],
  }),
  components: [
    bidComponent({
      name: "grants-engine",
      version: "2.4.0",
      supplier: "Codeworks Cooperative SCE",
      licence: "EUPL-1.2",
      repository: "https://code.europa.eu/codeworks/grants-engine",
      relation: "DELIVERED",
    }),
    ...dependencies([
      ["Django", "5.2", "Django Software Foundation", "BSD-3-Clause", "https://github.com/django/django"],
      ["PostgreSQL", "17.2", POSTGRESQL.supplier, "PostgreSQL", POSTGRESQL.repository],
      ["Keycloak", "26.1", "Keycloak project (CNCF)", "Apache-2.0", "https://github.com/keycloak/keycloak"],
    ]),
  ],
  sovereigntyClaims: {
    "SOV-1": {
      level: 3,
      evidence: "Cooperative owned by its 42 worker-members, all resident in the EU (register extract attached).",
    },
    "SOV-2": { level: 3, evidence: "Belgian company with no parent; contracts under Belgian law only." },
    "SOV-3": {
      level: 3,
      evidence: "Data stays in the Belgian data centre; backups in the Netherlands; no data leaves the EU.",
    },
    "SOV-4": {
      level: 3,
      evidence:
        "Operated by our staff in Brussels and Ghent; the Ministry can take over operations from the documentation.",
    },
    "SOV-5": { level: 2, evidence: "Hardware from non-EU manufacturers; software supply chain documented in an SBOM." },
    "SOV-6": {
      level: 4,
      evidence:
        "All delivered code under EUPL-1.2; every dependency under an OSI-approved licence; exit plan attached.",
    },
    "SOV-7": { level: 2, evidence: "ISO/IEC 27001 certification of the hosting provider; yearly penetration tests." },
    "SOV-8": { level: 2, evidence: "Data centre powered by renewable energy, PUE 1.3." },
  },
  standardAnswers: [
    {
      standardId: "OPENAPI-3.1",
      answer: "MET",
      evidence: "Every interface is described in OpenAPI 3.1, published with the code.",
    },
    { standardId: "CSV-RFC4180", answer: "MET", evidence: "Every list can be exported in CSV." },
    { standardId: "JSON-RFC8259", answer: "MET", evidence: "Complete exports in JSON, with a documented schema." },
    {
      standardId: "DCAT-AP-3",
      answer: "PARTLY",
      evidence: "Open data sets are described in DCAT-AP 2; version 3 is planned for year 2.",
    },
  ],
};

/** A large integrator calling itself open source on a source-available core and a restricted AI model. */
const integrator: BidContent = {
  bidder: {
    name: "Atlantis Digital Solutions S.A.",
    country: "LU",
    registrationId: "LU28765432",
    isSme: false,
    contactName: "Marc Weber",
    contactEmail: "public-sector@atlantis-digital.example",
  },
  lotKey: null,
  solution:
    "An open source grants platform on the FlowGrid workflow engine, with an AI assistant that summarises " +
    "applications for programme officers. Hosted in the EU region of a global cloud provider, with 24/7 support.",
  claimsOpenSource: true,
  costLines: projectCostLines({
    licences: [140_000, "FlowGrid Enterprise subscription, 80 named users"],
    implementation: [390_000, "Configuration and integration"],
    dataMigration: [75_000],
    training: [30_000],
    support: [85_000, "24/7 support"],
    hosting: [48_000, "EU region of a global cloud provider, GPU for the assistant"],
    upgrades: [
      [2, 35_000],
      [4, 35_000],
    ],
    security: [15_000],
    exit: [120_000, "Export of data and workflows; FlowGrid subscriptions end with the contract"],
  }),
  components: [
    bidComponent({
      name: "FlowGrid Engine",
      version: "7.2",
      supplier: "FlowGrid Inc.",
      licence: "BUSL-1.1",
      repository: "https://github.com/flowgrid/flowgrid",
      relation: "DELIVERED",
    }),
    bidComponent({
      name: "Atlantis Grants Portal",
      version: "3.0",
      supplier: "Atlantis Digital Solutions S.A.",
      licence: "Apache-2.0",
      repository: "https://github.com/atlantis-digital/grants-portal",
      relation: "DELIVERED",
    }),
    bidComponent({
      name: "Llama 3.1 8B Instruct",
      version: "3.1",
      supplier: "Meta Platforms, Inc.",
      licence: "LicenseRef-Llama-3.1-Community",
      repository: "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct",
      relation: "DELIVERED",
      isAiModel: true,
      modelOpennessClass: "III",
    }),
    ...dependencies([
      [
        "OpenSearch",
        "2.19",
        "OpenSearch Software Foundation",
        "Apache-2.0",
        "https://github.com/opensearch-project/OpenSearch",
      ],
      ["PostgreSQL", "16.6", POSTGRESQL.supplier, "PostgreSQL", POSTGRESQL.repository],
    ]),
  ],
  sovereigntyClaims: {
    "SOV-1": { level: 3, evidence: "European company headquartered in Luxembourg." },
    "SOV-2": { level: 3, evidence: "Luxembourg company; contract under Luxembourg law." },
    "SOV-3": { level: 2, evidence: "Data stored in the provider's EU region." },
    "SOV-4": { level: 2, evidence: "Operations centre in Lisbon." },
    "SOV-5": { level: 2, evidence: "Supplier code of conduct." },
    "SOV-6": { level: 3, evidence: "Open source solution based on open technologies." },
    "SOV-7": { level: 3, evidence: "ISO/IEC 27001 and SOC 2 Type II (certificate attached)." },
    "SOV-8": { level: 1, evidence: "The cloud provider's sustainability report." },
  },
  standardAnswers: [
    { standardId: "OPENAPI-3.1", answer: "MET", evidence: "REST API documented in OpenAPI 3.1." },
    { standardId: "CSV-RFC4180", answer: "MET", evidence: "Reports exported in CSV." },
    { standardId: "JSON-RFC8259", answer: "MET", evidence: "API responses in JSON." },
    { standardId: "DCAT-AP-3", answer: "NOT_MET", evidence: "" },
  ],
};

/** A low price with no exit cost at all: far below the others, to be explained (Art. 69). */
const lowPrice: BidContent = {
  bidder: {
    name: "Nimbus Soft Ltd",
    country: "MT",
    registrationId: "MT24681357",
    isSme: true,
    contactName: "Joseph Camilleri",
    contactEmail: "sales@nimbus-soft.example",
  },
  lotKey: null,
  solution: "Our NimbusGrants product, configured for the Ministry's programmes and hosted by us.",
  claimsOpenSource: false,
  costLines: projectCostLines({
    implementation: [150_000, "Configuration of NimbusGrants"],
    dataMigration: [15_000],
    support: [30_000],
    hosting: [12_000],
  }),
  components: [
    bidComponent({
      name: "NimbusGrants",
      version: "9.1",
      supplier: "Nimbus Soft Ltd",
      licence: "LicenseRef-NimbusSoft-EULA",
      relation: "DELIVERED",
    }),
    ...dependencies([
      ["Laravel", "11", "Laravel Holdings Inc.", "MIT", "https://github.com/laravel/framework"],
      ["MySQL Community Server", "8.4", "Oracle Corporation", "GPL-2.0-only"],
    ]),
  ],
  sovereigntyClaims: {
    "SOV-1": { level: 2, evidence: "Maltese company." },
    "SOV-2": { level: 2, evidence: "Contract under Maltese law." },
    "SOV-3": { level: 2, evidence: "Servers in Frankfurt." },
    "SOV-4": { level: 1, evidence: "" },
    "SOV-5": { level: 1, evidence: "" },
    "SOV-6": { level: 1, evidence: "Data export on request." },
    "SOV-7": { level: 1, evidence: "" },
  },
  standardAnswers: [
    { standardId: "OPENAPI-3.1", answer: "PARTLY", evidence: "REST API documented in a PDF manual." },
    { standardId: "CSV-RFC4180", answer: "MET", evidence: "Excel and CSV exports." },
    { standardId: "JSON-RFC8259", answer: "NOT_MET", evidence: "" },
    { standardId: "DCAT-AP-3", answer: "NOT_MET", evidence: "" },
  ],
};

export function grantsPlatformBids(tenderDeadline: IsoDate): DemoBid[] {
  const at = (daysBefore: number, time: string) => `${addDays(tenderDeadline, -daysBefore)}T${time}:00.000Z`;
  return [
    {
      content: cooperative,
      receivedAt: at(3, "14:20"),
      attachments: [
        {
          fileName: "register-extract.txt",
          mediaType: "text/plain",
          objective: "SOV-1",
          text: "Crossroads Bank for Enterprises, extract: Codeworks Cooperative SCE, BE0712345678, cooperative society, registered office Brussels. Members: 42 natural persons resident in Belgium and the Netherlands.",
        },
        {
          fileName: "exit-plan.txt",
          mediaType: "text/plain",
          objective: "SOV-6",
          text: "Exit plan. 1. Six months before the end: inventory of data, code and documentation. 2. Full export in CSV and JSON with a documented schema. 3. Two weeks of parallel running with the successor. 4. Certified deletion of the Ministry's data after acceptance.",
        },
      ],
    },
    {
      content: integrator,
      receivedAt: at(1, "10:05"),
      attachments: [
        {
          fileName: "iso27001-certificate.txt",
          mediaType: "text/plain",
          objective: "SOV-7",
          text: "Certificate of registration, ISO/IEC 27001:2022, Atlantis Digital Solutions S.A., scope: managed application services. A subsidiary of Atlantis Group Holdings Inc., Delaware, USA.",
        },
      ],
    },
    // On the deadline day itself: on time.
    { content: lowPrice, receivedAt: at(0, "11:47"), attachments: [] },
  ];
}

export { REQUIRED_STANDARDS as GRANTS_PLATFORM_REQUIRED_STANDARDS };
