import type { CostLine } from "../lib/domain/bids/bid-model";
import { addDays, isWeekend, nextWorkingDay, type IsoDate } from "../lib/domain/tender/calendar-date";
import { DEFAULT_SOVEREIGNTY_WEIGHTS } from "../lib/domain/tender/sovereignty";
import { grantsPlatformBids } from "./demo-bids";
import type { DemoTenderSections } from "./demo-tender-sections";
import type { DemoTender, DemoTimeline } from "./demo-tenders";

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
  const publicationDate = timeline.publicationDate!;
  return {
    organisation: "MIN",
    createdBy: "drafter@ministry.example",
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
    completedSections: [
      "about",
      "procedure",
      "scope",
      "lots",
      "criteria",
      "requirements",
      "clauses",
      "sovereignty",
      "timeline",
    ],
    reviewComments: [],
    createdOn: addDays(publicationDate, -45),
    lifecycle: [
      {
        transition: "submitForReview",
        from: "DRAFT",
        to: "IN_REVIEW",
        by: "drafter@ministry.example",
        on: addDays(publicationDate, -17),
      },
      {
        transition: "approve",
        from: "IN_REVIEW",
        to: "APPROVED",
        by: "ospo@ministry.example",
        on: addDays(publicationDate, -10),
      },
      { transition: "publish", from: "APPROVED", to: "PUBLISHED", by: "drafter@ministry.example", on: publicationDate },
    ],
    corrigenda: [],
    internalCosts: GRANTS_PLATFORM_INTERNAL_COSTS,
    bids: grantsPlatformBids(timeline.tenderDeadline!),
  };
}

/**
 * A finished open procedure's timetable on working days: tenders were due on the last working day
 * at least `daysAgo` (two) days before `today` (so the bids can be opened today), the notice went
 * out six weeks before, questions were answered until ten days before the deadline, and the
 * opening was planned for the next working day.
 */
export function pastDeadlineTimeline(today: IsoDate, daysAgo = 2): DemoTimeline {
  const tenderDeadline = previousWorkingDay(addDays(today, -daysAgo));
  return {
    publicationDate: previousWorkingDay(addDays(tenderDeadline, -42)),
    requestsDeadline: null,
    invitationDate: null,
    clarificationDeadline: previousWorkingDay(addDays(tenderDeadline, -10)),
    tenderDeadline,
    openingDate: nextWorkingDay(addDays(tenderDeadline, 1)),
  };
}

function previousWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
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

const scale = {
  max: 5 as const,
  descriptors: [
    "Not addressed, or no evidence given.",
    "Serious reservations: major gaps or unconvincing evidence.",
    "Minor reservations: most points addressed, some gaps.",
    "Acceptable: every point addressed with evidence.",
    "Good: every point addressed, some with evidenced added value.",
    "Excellent: every point addressed, throughout with evidenced added value.",
  ],
};

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
  clauses: [
    "deliverables-licence",
    "source-code-delivery",
    "public-repository",
    "documented-apis",
    "open-formats-data",
    "exit-plan-and-data-portability",
    "accessibility-en-301-549",
    "ai-component-openness",
  ].map((key) => ({ key, version: 1, values: {} })),
  sovereignty: {
    assessment: { dataSensitivity: 2, serviceCriticality: 1, legalExposure: 2, supplierDependence: 1 },
    // The proposal for this assessment (lib/domain/tender/sovereignty.ts), with SOV-6 raised.
    minimumSeal: {
      "SOV-1": { seal: 1 },
      "SOV-2": { seal: 2 },
      "SOV-3": { seal: 2 },
      "SOV-4": { seal: 1 },
      "SOV-5": { seal: 1 },
      "SOV-6": {
        seal: 2,
        justification:
          "The Ministry must be able to run the platform itself or hand it to another supplier: open source " +
          "code, open interfaces and open formats are the condition for that.",
      },
      "SOV-7": { seal: 2 },
      "SOV-8": { seal: 0 },
    },
    weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
  },
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
    qualityScale: scale,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
};
