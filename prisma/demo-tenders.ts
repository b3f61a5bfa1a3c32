import type { IsoDate } from "../lib/domain/tender/calendar-date";
import type { LegalGround } from "../lib/domain/tender/procedures";
import type { TenderSection } from "../lib/domain/tender/tender-tasks";
import type { ContractNature, ProcedureType, TenderStatus } from "../lib/domain/tender/tender-enums";
import type { Prisma } from "../lib/generated/prisma/client";
import type { Locale } from "../lib/i18n/config";
import type { DEMO_ORGANISATIONS } from "./demo-accounts";
import type { CostLine } from "../lib/domain/bids/bid-model";
import type { DemoBid } from "./demo-bids";
import type { DemoEvaluation } from "./demo-evaluation";
import { evaluatedGrantsTender } from "./demo-evaluated-tender";
import { grantsPlatformTender } from "./demo-grants-tender";
import { heritageFundTender } from "./demo-heritage-tender";
import { openDataTender } from "./demo-open-data-tender";
import { caseManagementTender } from "./demo-published-tender";
import { EVERY_SECTION_COMPLETED } from "./demo-tender-parts";
import { MUNICIPALITY_SECTIONS, type DemoTenderSections } from "./demo-tender-sections";
import {
  COLLABORATION_SUITE_START,
  inspectionAppTender,
  MINISTRY_COLLABORATION_SECTIONS,
} from "./demo-template-tenders";
import { twoStageTimeline } from "./demo-timelines";

/**
 * Eight demo tenders in different states (two drafts started from templates, one in review, one published with a
 * corrigendum and open for tenders, one published whose deadline has passed with sealed bids, one
 * in two lots whose deadline has passed with no bid registered yet, one under evaluation whose
 * bids were opened, waiting for its evaluation panel, and one evaluated, waiting for the award),
 * written as a procurement officer would, so that the list, the task list, the OSPO review and the
 * bids have something real to show. Pure data: prisma/seed.ts numbers
 * them from the organisation's reference counter and stores them with their revisions, status
 * changes, corrigenda and audit events; prisma/demo-tenders.test.ts checks them against the rules.
 */
export type DemoTimeline = {
  publicationDate: IsoDate | null;
  requestsDeadline: IsoDate | null;
  invitationDate: IsoDate | null;
  clarificationDeadline: IsoDate | null;
  tenderDeadline: IsoDate | null;
  openingDate: IsoDate | null;
};

/** A move of the lifecycle the tender went through, as the audit trail records it. */
export type DemoStatusChange = {
  transition: "submitForReview" | "approve" | "publish";
  from: TenderStatus;
  to: TenderStatus;
  /** The demo account that made the move. */
  by: string;
  /** The day it happened; null for the day the seed runs. */
  on: IsoDate | null;
};

/** A corrigendum already issued: the timeline's dates it changed, and why. */
export type DemoCorrigendum = {
  section: "timeline";
  reason: string;
  by: string;
  on: IsoDate;
  after: Partial<DemoTimeline>;
};

export type DemoTender = {
  organisation: (typeof DEMO_ORGANISATIONS)[number]["referencePrefix"];
  /** The demo account shown as having created it (a DRAFTER of the organisation). */
  createdBy: string;
  title: string;
  summary: string;
  status: TenderStatus;
  contractNature: ContractNature;
  procedureType: ProcedureType;
  procedureGround: LegalGround | null;
  /** 8-digit CPV codes without their check digit, as stored. */
  mainCpv: string;
  additionalCpvs: string[];
  /** Net of VAT, renewals included (Art. 5), in cents. */
  estimatedValueCents: bigint;
  currency: string;
  durationMonths: number;
  renewalOptions: string;
  documentsLanguage: Locale;
  timeline: DemoTimeline;
  sections: DemoTenderSections;
  completedSections: TenderSection[];
  reviewComments: { authorEmail: string; section: TenderSection; body: string }[];
  /** The day it was created; null for the day the seed runs. */
  createdOn: IsoDate | null;
  /** How it reached its status, oldest first; empty for a draft never submitted. */
  lifecycle: DemoStatusChange[];
  /** Issued after publication, in order; `timeline` is the timetable as first published. */
  corrigenda: DemoCorrigendum[];
  /** The authority's internal cost lines for every bid (Tender.internalCosts). */
  internalCosts?: CostLine[];
  /** Bids received, sealed unless `opening` says they were opened. */
  bids?: DemoBid[];
  /** The four-eyes opening of the bids, when it took place: the tender is then under evaluation. */
  opening?: DemoOpening;
  /** The evaluation since the opening (panel, scores, consensus): prisma/seed-demo-evaluation.ts. */
  evaluation?: DemoEvaluation;
  /**
   * The demo template version it was started from (prisma/demo-template-tenders.ts), by slug and
   * number: its template-filled sections come from that version.
   */
  template?: { slug: string; version: number };
};

/** Who asked for the opening of the bids and who confirmed it (a different person), and when. */
export type DemoOpening = { requestedBy: string; confirmedBy: string; requestedOn: IsoDate; openedOn: IsoDate };

const NO_TIMELINE: DemoTimeline = {
  publicationDate: null,
  requestsDeadline: null,
  invitationDate: null,
  clarificationDeadline: null,
  tenderDeadline: null,
  openingDate: null,
};

/**
 * The demo tenders as of `today` (the day the seed runs): the tender under review is planned
 * for publication some weeks ahead, so its timetable never lies in the past when loaded.
 */
export function demoTenders(today: IsoDate): DemoTender[] {
  return [
    {
      organisation: "MIN",
      createdBy: "drafter@ministry.example",
      title: "Collaboration suite based on open standards for 4,000 staff",
      summary: [
        "The Ministry is replacing its on-premises e-mail, calendar and file-sharing tools, whose vendor " +
          "support ends in 2028, with one collaboration suite for about 4,000 staff at the head office and " +
          "the eleven regional offices.",
        "The suite must cover e-mail, calendars and contacts, document co-editing, chat and video meetings. " +
          "Documents must be stored in ODF, with faithful import and export of OOXML, and mail, calendars " +
          "and files must be reachable through open protocols (IMAP, CalDAV, CardDAV, WebDAV), so that the " +
          "Ministry can change supplier without losing its data.",
        "The contract covers the licences or subscriptions, hosting in data centres in the European Union, " +
          "the migration of about 30 TB of mailboxes and shared drives, training for 150 local champions, " +
          "and second-line support in French, Dutch and English. Solutions published under an open source " +
          "licence are welcome. The award criteria will weigh exit costs, accessibility (EN 301 549) and " +
          "the objectives of the Commission's Cloud Sovereignty Framework.",
      ].join("\n\n"),
      status: "DRAFT",
      contractNature: "SERVICES",
      procedureType: "OPEN",
      procedureGround: null,
      mainCpv: "48000000", // Software package and information systems
      additionalCpvs: [
        "72260000", // Software-related services
        "72500000", // Computer-related services
      ],
      estimatedValueCents: 180_000_000n, // EUR 1,800,000
      currency: "EUR",
      durationMonths: 48,
      renewalOptions:
        "The Ministry may renew the contract once, for a further 24 months on the same terms, by notice " +
        "given at least six months before it ends. The estimated value includes the renewal.",
      documentsLanguage: "en",
      // Still being drafted: the timetable is set once the specifications are agreed.
      timeline: NO_TIMELINE,
      sections: MINISTRY_COLLABORATION_SECTIONS,
      completedSections: ["about", "procedure", "scope", "lots"],
      reviewComments: [],
      createdOn: null,
      lifecycle: [],
      corrigenda: [],
      template: COLLABORATION_SUITE_START,
    },
    {
      organisation: "MUN",
      createdBy: "drafter@municipality.example",
      title: "Citizen appointment booking service",
      summary: [
        "Residents will book appointments at the citizens' office, the vehicle registration office and " +
          "the foreigners' office from one calendar: online, by phone through the city's service centre, " +
          "or at the counter. About 180,000 appointments are made each year.",
        "The service must exchange data with the city's resident registration system through the XMeld " +
          "standard interfaces, let residents sign in with the national citizen account, send reminders by " +
          "e-mail and text message, meet WCAG 2.1 level AA (BITV 2.0), and be hosted in the European Union.",
        "No product on the market meets these needs without adaptation, so the City uses the competitive " +
          "procedure with negotiation (Directive 2014/24/EU Art. 26(4)(a)(i)). Up to five candidates will " +
          "be selected on their references and invited to submit initial tenders, followed by up to two " +
          "rounds of negotiation. The tender documents are in German; questions may be asked in English.",
      ].join("\n\n"),
      status: "IN_REVIEW",
      contractNature: "SERVICES",
      procedureType: "COMPETITIVE_NEGOTIATION",
      procedureGround: "ART_26_4_A_I_ADAPTATION_NEEDED",
      mainCpv: "48332000", // Scheduling software package
      additionalCpvs: [
        "72263000", // Software implementation services
        "72265000", // Software configuration services
        "72415000", // World wide web (www) site operation host services
      ],
      estimatedValueCents: 64_000_000n, // EUR 640,000
      currency: "EUR",
      durationMonths: 36,
      renewalOptions: "One optional extension of 12 months, at the City's discretion. The estimated value includes it.",
      documentsLanguage: "de",
      timeline: twoStageTimeline(today),
      sections: MUNICIPALITY_SECTIONS,
      completedSections: EVERY_SECTION_COMPLETED,
      reviewComments: [
        {
          authorEmail: "ospo@municipality.example",
          section: "about",
          body:
            "Please add that all booking data (appointments, services, opening hours, and the history kept " +
            "for statistics) must be exportable at any time in an open, documented format, at no extra cost. " +
            "Without it, moving to another service at the end of the contract will be hard to plan. Could " +
            "the summary also say that we prefer software published under an open source licence?",
        },
      ],
      createdOn: null,
      lifecycle: [
        { transition: "submitForReview", from: "DRAFT", to: "IN_REVIEW", by: "drafter@municipality.example", on: null },
      ],
      corrigenda: [],
    },
    caseManagementTender(today),
    grantsPlatformTender(today),
    openDataTender(today),
    heritageFundTender(today),
    evaluatedGrantsTender(today),
    inspectionAppTender(today),
  ];
}

/** The timetable in force: as first published, with every corrigendum applied in order. */
export function currentTimeline(tender: DemoTender): DemoTimeline {
  return tender.corrigenda.reduce<DemoTimeline>((timeline, corrigendum) => ({ ...timeline, ...corrigendum.after }), {
    ...tender.timeline,
  });
}

/** The columns of a demo tender as stored: what the seed writes, and what the tests check. */
export function demoTenderColumns(tender: DemoTender) {
  return {
    title: tender.title,
    summary: tender.summary,
    status: tender.status,
    contractNature: tender.contractNature,
    procedureType: tender.procedureType,
    procedureGround: tender.procedureGround,
    mainCpv: tender.mainCpv,
    additionalCpvs: tender.additionalCpvs,
    estimatedValueCents: tender.estimatedValueCents,
    currency: tender.currency,
    durationMonths: tender.durationMonths,
    renewalOptions: tender.renewalOptions,
    documentsLanguage: tender.documentsLanguage,
    lots: tender.sections.lots,
    reasonsForNotDividing: tender.sections.reasonsForNotDividing,
    requirements: tender.sections.requirements,
    clauses: tender.sections.clauses,
    clauseRemovals: [],
    lintDismissals: [],
    // Prisma writes a JSON null as SQL NULL only when asked to; undefined leaves the column's default.
    sovereignty: tender.sections.sovereignty ?? undefined,
    award: tender.sections.award ?? undefined,
    innovationPhases: [],
    publicationDate: toDateColumn(tender.timeline.publicationDate),
    requestsDeadline: toDateColumn(tender.timeline.requestsDeadline),
    invitationDate: toDateColumn(tender.timeline.invitationDate),
    clarificationDeadline: toDateColumn(tender.timeline.clarificationDeadline),
    tenderDeadline: toDateColumn(tender.timeline.tenderDeadline),
    openingDate: toDateColumn(tender.timeline.openingDate),
    completedSections: tender.completedSections,
  };
}

/** A calendar date as the JavaScript Date Prisma stores in a DATE column (midnight UTC). */
export function toDateColumn(date: IsoDate | null): Date | null {
  return date === null ? null : new Date(`${date}T00:00:00.000Z`);
}

/**
 * The fields a tender revision's snapshot holds: the tender as pages see it (TenderDto in
 * lib/server/tenders/tender-dto.ts) without `version` and `updatedAt`. lib/server cannot be loaded
 * outside Next.js ("server-only"), so the list is repeated here; a unit test keeps both in step.
 */
export const SNAPSHOT_FIELDS = [
  "id",
  "reference",
  "title",
  "summary",
  "status",
  "contractNature",
  "procedureType",
  "procedureGround",
  "mainCpv",
  "additionalCpvs",
  "estimatedValueCents",
  "currency",
  "durationMonths",
  "renewalOptions",
  "documentsLanguage",
  "lots",
  "reasonsForNotDividing",
  "requirements",
  "clauses",
  "clauseRemovals",
  "lintDismissals",
  "sovereignty",
  "award",
  "innovationPhases",
  "publicationDate",
  "requestsDeadline",
  "invitationDate",
  "clarificationDeadline",
  "tenderDeadline",
  "openingDate",
  "completedSections",
] as const;

type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];
type SnapshotValue = Prisma.InputJsonValue | null;

/**
 * The revision snapshot of a stored tender, shaped as recordTenderRevision stores it: the DTO's
 * fields and, beside them, Tender.templateSections (which template version each section came
 * from; empty for a tender as started, or not started from a template).
 */
export function tenderSnapshot(
  row: Record<SnapshotField, unknown>,
): Record<SnapshotField, SnapshotValue> & { templateSections: Prisma.InputJsonObject } {
  const fields = Object.fromEntries(
    SNAPSHOT_FIELDS.map((field) => {
      const value = row[field];
      // Money travels as a number of cents; DATE columns arrive as midnight UTC.
      if (typeof value === "bigint") return [field, Number(value)];
      if (value instanceof Date) return [field, value.toISOString().slice(0, 10)];
      return [field, value as SnapshotValue];
    }),
  ) as Record<SnapshotField, SnapshotValue>;
  return { ...fields, templateSections: {} };
}
