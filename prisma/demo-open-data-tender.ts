import type { CostLine } from "../lib/domain/bids/bid-model";
import { addDays, type IsoDate } from "../lib/domain/tender/calendar-date";
import { OPEN_DATA_CLAUSES } from "./demo-clauses";
import {
  EVERY_SECTION_COMPLETED,
  MUNICIPALITY_REVIEW,
  proposedSovereignty,
  publishedLifecycle,
  QUALITY_SCALE_EN,
} from "./demo-tender-parts";
import type { DemoTenderSections } from "./demo-tender-sections";
import type { DemoTender } from "./demo-tenders";
import { pastDeadlineTimeline } from "./demo-timelines";

/**
 * The City's second demo tender: published in two lots, its deadline passed a few days before
 * `today`, and NO bid registered yet. The bids arrived on paper and by e-mail, so the procurement
 * team imports them (a CSV file, a bill of materials) and then opens them: the journey of
 * e2e/bids/assessment-journey.spec.ts, which is the only test that changes this tender.
 */
export const OPEN_DATA_TITLE = "Open data portal and city map services";

export function openDataTender(today: IsoDate): DemoTender {
  const timeline = pastDeadlineTimeline(today);
  const publicationDate = timeline.publicationDate!;
  return {
    organisation: "MUN",
    createdBy: "drafter@municipality.example",
    title: OPEN_DATA_TITLE,
    summary: [
      "The City of Lindenau publishes its statistics, budgets, council decisions and geodata as open data, today " +
        "as files on its website. It is procuring an open data portal where residents, journalists and businesses " +
        "find, preview and download the data, and map services that show the City's geodata on its website.",
      "Lot 1 covers an open data portal built on open source software, its catalogue in DCAT-AP, the migration of " +
        "about 400 existing datasets, hosting in the European Union and support for three years. Lot 2 covers map " +
        "services (OGC WMS and WFS) for the City's geodata, an embeddable city map and its support.",
      "Software developed under the contract is licensed to the City under the European Union Public Licence 1.2 " +
        "(EUPL-1.2). Tenders are assessed per lot on total cost of ownership over three years with an exit, quality, " +
        "sovereignty and openness.",
    ].join("\n\n"),
    status: "PUBLISHED",
    contractNature: "SERVICES",
    procedureType: "OPEN",
    procedureGround: null,
    mainCpv: "72322000", // Data management services
    additionalCpvs: [
      "72413000", // World wide web (www) site design services
      "72212326", // Mapping software development services
      "72267000", // Software maintenance and repair services
    ],
    estimatedValueCents: 30_000_000n, // EUR 300,000: the two lots together
    currency: "EUR",
    durationMonths: 36,
    renewalOptions: "",
    documentsLanguage: "en",
    timeline,
    sections: OPEN_DATA_SECTIONS,
    completedSections: EVERY_SECTION_COMPLETED,
    reviewComments: [],
    createdOn: addDays(publicationDate, -30),
    lifecycle: publishedLifecycle(MUNICIPALITY_REVIEW, publicationDate, { submitted: 14, approved: 7 }),
    corrigenda: [],
    internalCosts: OPEN_DATA_INTERNAL_COSTS,
    bids: [],
  };
}

/**
 * The City's own staff for any bid (years 0 to 4: start, three contract years, exit): the data
 * officer's time to check the migrated datasets, a part-time product owner, and the hand-over.
 */
export const OPEN_DATA_INTERNAL_COSTS: CostLine[] = [
  { category: "INTERNAL_STAFF", year: 0, amountCents: 1_200_000, note: "Checking the migrated datasets" },
  ...[1, 2, 3].map((year) => ({
    category: "INTERNAL_STAFF" as const,
    year,
    amountCents: 800_000,
    note: "Product owner, one day a week",
  })),
  { category: "INTERNAL_STAFF", year: 4, amountCents: 400_000, note: "Hand-over to the next supplier" },
];

const OPEN_DATA_SECTIONS: DemoTenderSections = {
  lots: [
    {
      key: "LOT-1",
      title: "Open data portal",
      description:
        "An open data portal on open source software: catalogue in DCAT-AP, preview and download in open formats, " +
        "an API, the migration of about 400 datasets, hosting in the European Union and support for three years.",
      cpv: "72413000",
      estimatedValueCents: 18_000_000,
    },
    {
      key: "LOT-2",
      title: "City map services",
      description:
        "OGC map services (WMS, WFS) for the City's geodata, an accessible city map that can be embedded in the " +
        "City's website, and support for three years.",
      cpv: "72212326",
      estimatedValueCents: 12_000_000,
    },
  ],
  reasonsForNotDividing: "",
  requirements: [
    {
      key: "REQ-01",
      text: "Residents find, preview and download every dataset without an account, in CSV or JSON and the original format.",
      level: "MUST",
      criterionKey: "functional",
    },
    {
      key: "REQ-02",
      text: "Software developed under the contract is licensed under **EUPL-1.2** and published in a public repository.",
      level: "MUST",
      criterionKey: "openness",
    },
    {
      key: "REQ-03",
      text: "Every screen meets EN 301 549 (WCAG 2.1 level AA), the city map included.",
      level: "MUST",
      criterionKey: "functional",
    },
    {
      key: "REQ-04",
      text: "The tender prices the exit: a full export of the catalogue and the hand-over to a successor in the exit year.",
      level: "MUST",
      criterionKey: "delivery",
    },
  ],
  clauses: OPEN_DATA_CLAUSES,
  // Public data, a supporting service, negligible legal exposure, interchangeable suppliers
  // (open formats): the proposal is SEAL-0 everywhere, so the profile gates nothing and the
  // bids' claims only earn points.
  sovereignty: proposedSovereignty({
    dataSensitivity: 0,
    serviceCriticality: 0,
    legalExposure: 0,
    supplierDependence: 0,
  }),
  award: {
    criteria: [
      { key: "cost", name: "Total cost of ownership over three years and the exit", kind: "COST", weight: 40, costFormula: "F1" }, // prettier-ignore
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 40,
        children: [
          { key: "functional", name: "Fit to residents' needs, accessibility", kind: "QUALITY", weight: 60 },
          { key: "delivery", name: "Delivery method, migration and exit plan", kind: "QUALITY", weight: 40 },
        ],
      },
      { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
      { key: "openness", name: "Openness: licences and interfaces", kind: "OPENNESS", weight: 10 },
    ],
    qualityScale: QUALITY_SCALE_EN,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 3,
  },
};
