import { addDays, nextWorkingDay, type IsoDate } from "../lib/domain/tender/calendar-date";
import { grantsPlatformBids } from "./demo-bids";
import { GRANTS_PLATFORM_INTERNAL_COSTS, GRANTS_PLATFORM_SECTIONS } from "./demo-grants-tender";
import { pastDeadlineTimeline } from "./demo-timelines";
import type { DemoTender } from "./demo-tenders";

/**
 * The Ministry's fifth demo tender: a grants platform for its Cultural Heritage Fund, published
 * with the same requirements and criteria as the research grants platform, whose deadline passed
 * about two weeks before `today`. The same three suppliers bid (prisma/demo-bids.ts), and the
 * drafter and the administrator opened the bids the next working day, so the tender is under
 * evaluation. It has no evaluation panel yet: the procurement lead sets one up (the evaluation
 * journey, e2e/evaluation/scoring.spec.ts).
 */
export const HERITAGE_FUND_TITLE = "Grants platform for the Cultural Heritage Fund";

export function heritageFundTender(today: IsoDate): DemoTender {
  const timeline = pastDeadlineTimeline(today, 14);
  const publicationDate = timeline.publicationDate!;
  const openedOn = nextWorkingDay(addDays(timeline.tenderDeadline!, 1));
  return {
    organisation: "MIN",
    createdBy: "drafter@ministry.example",
    title: HERITAGE_FUND_TITLE,
    summary: [
      "The Ministry's Cultural Heritage Fund supports about 600 restoration, digitisation and outreach projects " +
        "a year. Calls, applications, expert reviews, grant agreements and payments are handled today in " +
        "spreadsheets and e-mail. The Ministry is procuring a grants platform for the Fund's whole grant life cycle.",
      "The contract covers the configuration or development of the platform, the migration of the files of " +
        "running grants, training for the Fund's programme officers, hosting in the European Union, and support " +
        "and maintenance for four years. Every screen applicants and staff use must meet EN 301 549 (WCAG 2.1 " +
        "level AA).",
      "Software developed under the contract is licensed to the Ministry under the European Union Public " +
        "Licence 1.2 (EUPL-1.2). Data is exchanged through documented interfaces (OpenAPI) and exported in open " +
        "formats. Tenders are assessed on total cost of ownership over four years with an exit, quality, " +
        "sovereignty and openness.",
    ].join("\n\n"),
    status: "EVALUATION",
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
    createdOn: addDays(publicationDate, -40),
    lifecycle: [
      {
        transition: "submitForReview",
        from: "DRAFT",
        to: "IN_REVIEW",
        by: "drafter@ministry.example",
        on: addDays(publicationDate, -14),
      },
      {
        transition: "approve",
        from: "IN_REVIEW",
        to: "APPROVED",
        by: "ospo@ministry.example",
        on: addDays(publicationDate, -7),
      },
      { transition: "publish", from: "APPROVED", to: "PUBLISHED", by: "drafter@ministry.example", on: publicationDate },
    ],
    corrigenda: [],
    internalCosts: GRANTS_PLATFORM_INTERNAL_COSTS,
    bids: grantsPlatformBids(timeline.tenderDeadline!),
    opening: {
      requestedBy: "drafter@ministry.example",
      confirmedBy: "admin@ministry.example",
      requestedOn: openedOn,
      openedOn,
    },
  };
}
