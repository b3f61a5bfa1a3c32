import { addDays, type IsoDate } from "../lib/domain/tender/calendar-date";
import { EVERY_SECTION_COMPLETED, MINISTRY_REVIEW, publishedLifecycle } from "./demo-tender-parts";
import { CASE_MANAGEMENT_SECTIONS } from "./demo-tender-sections";
import type { DemoTender } from "./demo-tenders";
import { publishedTimeline } from "./demo-timelines";

/**
 * The Ministry's published tender: an open procedure whose notice went out two to three weeks
 * before `today`, with one corrigendum that extended the deadline by a week after candidates' questions;
 * tenders are due four to five weeks after `today`, so bids can be prepared against it.
 */
export function caseManagementTender(today: IsoDate): DemoTender {
  const timeline = publishedTimeline(today);
  const publicationDate = timeline.publicationDate!;
  return {
    organisation: "MIN",
    createdBy: "drafter@ministry.example",
    title: "Development of a case management system released under EUPL-1.2",
    summary: [
      "The Ministry's inspectors and case workers handle about 60,000 cases a year (complaints, authorisations " +
        "and inspections) in a system built in 2009 that can no longer be maintained. The Ministry is " +
        "procuring the development of its successor.",
      "The contract covers the analysis with case workers, the design and development of the new system in " +
        "two-week sprints, the migration of the 1.2 million existing case files, an accessibility audit, " +
        "training for 40 key users, and corrective and evolutive maintenance for two years after go-live. " +
        "The system runs in the Ministry's own data centre.",
      "All code written under the contract is published from the first sprint under the European Union " +
        "Public Licence 1.2 (EUPL-1.2), so that other administrations can reuse it and the Ministry can " +
        "change supplier at the end of the contract. Tenders are assessed on total cost, quality of the " +
        "solution and of the delivery method, sovereignty and openness.",
    ].join("\n\n"),
    status: "PUBLISHED",
    contractNature: "SERVICES",
    procedureType: "OPEN",
    procedureGround: null,
    mainCpv: "72230000", // Custom software development services
    additionalCpvs: [
      "72212000", // Programming services of application software
      "72267000", // Software maintenance and repair services
      "80533100", // Computer training services
    ],
    estimatedValueCents: 240_000_000n, // EUR 2,400,000
    currency: "EUR",
    durationMonths: 42,
    renewalOptions:
      "The Ministry may extend the maintenance twice by 12 months on the same terms. The estimated value " +
      "includes both extensions.",
    documentsLanguage: "en",
    timeline,
    sections: CASE_MANAGEMENT_SECTIONS,
    completedSections: EVERY_SECTION_COMPLETED,
    reviewComments: [],
    createdOn: addDays(publicationDate, -45),
    lifecycle: publishedLifecycle(MINISTRY_REVIEW, publicationDate, { submitted: 17, approved: 10 }),
    corrigenda: [
      {
        section: "timeline",
        reason:
          "Several candidates asked for the structure of the existing case files before pricing the migration. " +
          "The data model is now in the tender documents, and the deadline for tenders, the last day for " +
          "answers to questions and the opening are moved one week later so that everyone can take it into account.",
        by: "drafter@ministry.example",
        on: addDays(publicationDate, 7),
        after: {
          clarificationDeadline: addDays(timeline.clarificationDeadline!, 7),
          tenderDeadline: addDays(timeline.tenderDeadline!, 7),
          openingDate: addDays(timeline.openingDate!, 7),
        },
      },
    ],
  };
}
