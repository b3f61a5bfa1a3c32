import { addDays, type IsoDate } from "../lib/domain/tender/calendar-date";
import type { Requirement } from "../lib/domain/tender/requirements";
import { prefillFromTemplate } from "../lib/domain/templates/reuse/prefill-tender";
import type { TemplateContent } from "../lib/domain/templates/template-content";
import { COLLABORATION_SUITE } from "./demo-templates/collaboration-suite";
import { CUSTOM_SOFTWARE_V1 } from "./demo-templates/custom-software";
import type { DemoTenderSections } from "./demo-tender-sections";
import type { DemoTender } from "./demo-tenders";

/**
 * The demo tenders started from a demo template (prisma/demo-templates.ts), as "Start a tender
 * from this template" would have made them: the template-filled sections come from the version
 * named in `template` (prefillFromTemplate, the function the app uses), then the drafter's own
 * changes on top. prisma/seed.ts links them to that version (Tender.templateVersionId), so the
 * catalogue counts their use and their task lists name the template.
 */

export const COLLABORATION_SUITE_START = { slug: "open-source-collaboration-suite", version: 1 } as const;
export const CUSTOM_SOFTWARE_START = { slug: "custom-software-eupl", version: 1 } as const;

/** The template-filled sections of a tender started from `content`, and what the drafter added. */
function startedFrom(
  content: TemplateContent,
  own: { requirements: Requirement[]; values?: Record<string, Record<string, number>> } & Pick<
    DemoTenderSections,
    "lots" | "reasonsForNotDividing"
  >,
): DemoTenderSections {
  const prefill = prefillFromTemplate(content, "en");
  return {
    lots: own.lots,
    reasonsForNotDividing: own.reasonsForNotDividing,
    requirements: [...prefill.requirements, ...own.requirements],
    // The values the drafter changed from the template's defaults, clause by clause.
    clauses: prefill.clauses.map((clause) =>
      own.values?.[clause.key] ? { ...clause, values: { ...clause.values, ...own.values[clause.key] } } : clause,
    ),
    sovereignty: prefill.sovereignty,
    award: prefill.award,
  };
}

/**
 * The Ministry's draft collaboration suite, started from its OSPO's template, version 1 (the only
 * one): the template's requirements, clauses, sovereignty profile and criteria, the two lots the
 * drafter added, and a requirement of their own for the migration. It follows the latest version.
 */
export const MINISTRY_COLLABORATION_SECTIONS: DemoTenderSections = startedFrom(COLLABORATION_SUITE, {
  lots: [
    {
      key: "LOT-1",
      title: "Collaboration suite and hosting",
      description:
        "E-mail, calendars and contacts, document co-editing, chat and video meetings for about 4,000 staff, " +
        "hosted in data centres in the European Union, with second-line support.",
      cpv: "48000000",
      estimatedValueCents: 150_000_000,
    },
    {
      key: "LOT-2",
      title: "Migration and training",
      description:
        "Migration of about 30 TB of mailboxes and shared drives from the current tools, and training for " +
        "150 local champions.",
      cpv: "72260000",
      estimatedValueCents: 30_000_000,
    },
  ],
  reasonsForNotDividing: "",
  requirements: [
    {
      key: "REQ-30",
      text:
        "The migration moves about 30 TB of mailboxes, calendars and shared drives from the current tools " +
        "without loss, in waves agreed with the Ministry, with no more than one working day of interruption per user.",
      level: "MUST",
      criterionKey: null,
    },
  ],
});

/**
 * A Ministry draft started from "Development of custom software released under EUPL-1.2",
 * version 1, before the OSPO published version 2 (20 days before the seed): its task list says
 * that version 2 is available, and the template updates page offers the sections it changes. The
 * drafter has added a requirement of their own and asked for the source code within 5 days of
 * each release instead of the template's 10, which taking version 2 over keeps.
 */
export function inspectionAppTender(today: IsoDate): DemoTender {
  return {
    organisation: "MIN",
    createdBy: "drafter@ministry.example",
    title: "Inspection planning application for food safety inspectors, released under EUPL-1.2",
    summary: [
      "The Ministry's 220 food safety inspectors plan about 35,000 inspections a year with spreadsheets and " +
        "paper forms. The Ministry is procuring the development of an application to plan inspections by risk, " +
        "record them on a tablet in the field, also offline, and follow up the measures ordered.",
      "All code written under the contract is published under the EUPL-1.2 from the first sprint, so that " +
        "regional food safety authorities can reuse it. The contract covers two years of development in " +
        "sprints and one year of maintenance.",
    ].join("\n\n"),
    status: "DRAFT",
    contractNature: "SERVICES",
    procedureType: "OPEN",
    procedureGround: null,
    mainCpv: "72230000", // Custom software development services
    additionalCpvs: ["72267000"], // Software maintenance and repair services
    estimatedValueCents: 95_000_000n, // EUR 950,000
    currency: "EUR",
    durationMonths: 36,
    renewalOptions: "",
    documentsLanguage: "en",
    timeline: {
      publicationDate: null,
      requestsDeadline: null,
      invitationDate: null,
      clarificationDeadline: null,
      tenderDeadline: null,
      openingDate: null,
    },
    sections: startedFrom(CUSTOM_SOFTWARE_V1, {
      lots: [],
      reasonsForNotDividing:
        "Planning, field recording and follow-up share one data model and one code base: split between " +
        "suppliers, they would have to be integrated again by the Ministry, at its own risk.",
      requirements: [
        {
          key: "REQ-20",
          text:
            "Inspectors record an inspection on a tablet without a network connection; the record is " +
            "synchronised, without loss or duplicate, as soon as the tablet is back online.",
          level: "MUST",
          criterionKey: null,
        },
      ],
      values: { "source-code-delivery": { deliveryDays: 5 } },
    }),
    completedSections: ["about", "procedure", "scope", "lots", "criteria", "requirements", "clauses", "sovereignty"],
    reviewComments: [],
    // Started after version 1 (120 days before the seed) and before version 2 (20 days before).
    createdOn: addDays(today, -40),
    lifecycle: [],
    corrigenda: [],
    template: CUSTOM_SOFTWARE_START,
  };
}
