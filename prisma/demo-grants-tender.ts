import type { CostLine } from "../lib/domain/bids/bid-model";
import { addDays, type IsoDate } from "../lib/domain/tender/calendar-date";
import { grantsPlatformBids } from "./demo-bids";
import { GRANTS_PLATFORM_CLAUSES } from "./demo-clauses";
import {
  EVERY_SECTION_COMPLETED,
  MINISTRY_REVIEW,
  proposedSovereignty,
  publishedLifecycle,
  QUALITY_SCALE_EN,
} from "./demo-tender-parts";
import type { DemoTenderSections } from "./demo-tender-sections";
import type { DemoTender, DemoTimeline } from "./demo-tenders";
import { pastDeadlineTimeline } from "./demo-timelines";

/**
 * The Ministry's fourth demo tender: published, its deadline passed a few days before `today`, with
 * three sealed bids waiting for the four-eyes opening (prisma/demo-bids.ts). It shows, once
 * opened, an open bid with an exit plan, an "open source" bid built on a source-available core
 * and a restricted AI model (open-washing), and a bid priced far below the others without any
 * exit cost (abnormally low).
 */
export const GRANTS_PLATFORM_TITLE = "Grants management platform for research and innovation funding";

export function grantsPlatformTender(today: IsoDate): DemoTender {
  const timeline = pastDeadlineTimeline(today);
  return {
    ...grantsPlatformTenderParts(timeline, { created: 45, submitted: 17, approved: 10 }),
    title: GRANTS_PLATFORM_TITLE,
    summary: [
      "The Ministry funds about 1,800 research and innovation projects a year through six programmes. Calls, " +
        "applications, expert reviews, grant agreements and payments are handled today in spreadsheets and " +
        "e-mail. The Ministry is procuring a grants management platform that covers the whole grant life cycle.",
      "The contract covers the configuration or development of the platform, the migration of the files of " +
        "running grants, training for 60 programme officers, hosting in the European Union, and support and " +
        "maintenance for four years. Every screen applicants and staff use must meet EN 301 549 (WCAG 2.1 " +
        "level AA). An assistant may help programme officers summarise applications, provided its model is open.",
      "Software developed under the contract is licensed to the Ministry under the European Union Public " +
        "Licence 1.2 (EUPL-1.2). Data is exchanged through documented interfaces (OpenAPI) and exported in open " +
        "formats. Tenders are assessed on total cost of ownership over four years with an exit, quality, " +
        "sovereignty and openness.",
    ].join("\n\n"),
    status: "PUBLISHED",
    bids: grantsPlatformBids(timeline.tenderDeadline!),
  };
}

/**
 * What the Ministry's grants platform tenders (research, heritage fund, regional fund) share: an
 * open procedure for the same services, the same sections and internal costs, drafted to the end,
 * reviewed and published (`daysBefore` their publication) without a corrigendum. Each adds its
 * title, summary, status and bids, and may narrow the CPV codes and the value.
 */
export function grantsPlatformTenderParts(
  timeline: DemoTimeline,
  daysBefore: { created: number; submitted: number; approved: number },
) {
  const publicationDate = timeline.publicationDate!;
  return {
    organisation: "MIN",
    createdBy: MINISTRY_REVIEW.drafter,
    contractNature: "SERVICES",
    procedureType: "OPEN",
    procedureGround: null,
    mainCpv: "72230000", // Custom software development services
    additionalCpvs: [
      "72263000", // Software implementation services
      "72267000", // Software maintenance and repair services
      "80533100", // Computer training services
    ],
    estimatedValueCents: 160_000_000n, // EUR 1,600,000
    currency: "EUR",
    durationMonths: 48,
    renewalOptions: "",
    documentsLanguage: "en",
    timeline,
    sections: GRANTS_PLATFORM_SECTIONS,
    completedSections: EVERY_SECTION_COMPLETED,
    reviewComments: [],
    createdOn: addDays(publicationDate, -daysBefore.created),
    lifecycle: publishedLifecycle(MINISTRY_REVIEW, publicationDate, daysBefore),
    corrigenda: [],
    internalCosts: GRANTS_PLATFORM_INTERNAL_COSTS,
  } satisfies Partial<DemoTender>;
}

/**
 * The Ministry's own staff for any bid (years 0 to 5: start, four contract years, exit): a product
 * owner half time, programme officers' time for acceptance tests and the migration, and the exit.
 */
export const GRANTS_PLATFORM_INTERNAL_COSTS: CostLine[] = [
  { category: "INTERNAL_STAFF", year: 0, amountCents: 6_000_000, note: "Acceptance tests and migration checks" },
  { category: "TRAINING", year: 0, amountCents: 900_000, note: "Programme officers' time in training" },
  ...[1, 2, 3, 4].map((year) => ({
    category: "INTERNAL_STAFF" as const,
    year,
    amountCents: 4_500_000,
    note: "Product owner, half time",
  })),
  { category: "INTERNAL_STAFF", year: 5, amountCents: 2_000_000, note: "Hand-over to the next supplier" },
];

export const GRANTS_PLATFORM_SECTIONS: DemoTenderSections = {
  lots: [],
  reasonsForNotDividing:
    "Calls, applications, reviews, agreements and payments share one data model and one workflow engine; " +
    "split between suppliers, no one would answer for a grant's path end to end. The value is within reach " +
    "of small and medium-sized enterprises bidding alone or as a group.",
  requirements: [
    {
      key: "REQ-01",
      text: "Applicants submit, correct and follow their applications online; programme officers see every step of a grant's life cycle.",
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
      text: "Every screen meets EN 301 549 (WCAG 2.1 level AA); an accessibility audit is delivered before go-live.",
      level: "MUST",
      criterionKey: "functional",
    },
    {
      key: "REQ-04",
      text: "Data is exchanged through interfaces documented in OpenAPI 3.1 and exported in CSV and JSON.",
      level: "MUST",
      criterionKey: "openness",
    },
    {
      key: "REQ-05",
      text: "The tender includes an exit plan and prices the hand-over to a successor in the exit year.",
      level: "MUST",
      criterionKey: "delivery",
    },
    {
      key: "REQ-06",
      text: "An assistant that summarises applications relies only on models whose weights are under an open licence.",
      level: "MAY",
      criterionKey: "openness",
    },
  ],
  clauses: GRANTS_PLATFORM_CLAUSES,
  // The proposal for this assessment, with SOV-6 raised.
  sovereignty: proposedSovereignty(
    { dataSensitivity: 2, serviceCriticality: 1, legalExposure: 2, supplierDependence: 1 },
    {
      "SOV-6": {
        seal: 2,
        justification:
          "The Ministry must be able to run the platform itself or hand it to another supplier: open source " +
          "code, open interfaces and open formats are the condition for that.",
      },
    },
  ),
  award: {
    criteria: [
      {
        key: "cost",
        name: "Total cost of ownership over four years and the exit",
        kind: "COST",
        weight: 40,
        costFormula: "F1",
      },
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 35,
        children: [
          {
            key: "functional",
            name: "Fit to applicants' and officers' needs, accessibility",
            kind: "QUALITY",
            weight: 60,
          },
          { key: "delivery", name: "Delivery method, migration and exit plan", kind: "QUALITY", weight: 40 },
        ],
      },
      { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
      { key: "openness", name: "Openness: licences, interfaces and AI models", kind: "OPENNESS", weight: 15 },
    ],
    qualityScale: QUALITY_SCALE_EN,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
};
