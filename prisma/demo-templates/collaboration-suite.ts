import type { TemplateClause, TemplateContent } from "../../lib/domain/templates/template-content";
import { proposedSovereignty, QUALITY_SCALE_EN } from "../demo-tender-parts";
import { clause, euros, requirements } from "./parts";

/**
 * "Open-source collaboration suite (hosted or on premises)", published by the Ministry's OSPO:
 * mail, calendars, files, co-editing, chat and meetings on open standards, priced over four years.
 */
export const COLLABORATION_SUITE_NAME = "Open-source collaboration suite (hosted or on premises)";

/** Shared with the French translation, which renders the same clauses in French. */
export const COLLABORATION_SUITE_CLAUSES: TemplateClause[] = [
  clause("deliverables-licence", "MANDATORY"),
  clause("third-party-components", "RECOMMENDED"),
  // For what the supplier writes for the authority: integrations, migration scripts, configuration.
  clause("source-code-delivery", "RECOMMENDED", { deliveryDays: 30 }),
  clause("open-formats-documents", "MANDATORY", { documentFormats: ["ODF-1.3", "PDF-A-2"] }),
  clause("open-standards-collaboration", "MANDATORY", {
    collaborationStandards: ["SMTP", "IMAP", "CALDAV", "CARDDAV", "WEBDAV", "ICALENDAR", "VCARD-4.0"],
  }),
  clause("open-standards-identity", "RECOMMENDED", { identityStandards: ["OIDC-1.0", "SAML-2.0", "SCIM-2.0"] }),
  clause("documented-apis", "RECOMMENDED", { apiStandards: ["OPENAPI-3.1"], noticeMonths: 12 }),
  clause("exit-plan-and-data-portability", "MANDATORY", {
    exitPlanMonths: 6,
    exportFormats: ["CSV-RFC4180", "JSON-RFC8259"],
    exportDays: 30,
  }),
  clause("reversibility-assistance", "RECOMMENDED", { transitionMonths: 6, includedDays: 20 }),
  clause("switching-charges", "RECOMMENDED", { noticeMonths: 2, transitionDays: 30 }),
  clause("data-location-and-jurisdiction", "MANDATORY", { location: "EU" }),
  clause("customer-held-keys", "OPTIONAL"),
  clause("accessibility-en-301-549", "MANDATORY", { accessibilityStandards: ["EN-301-549", "WCAG-2.1"], fixDays: 30 }),
  clause("maintenance-and-support-levels", "RECOMMENDED", {
    availability: 99.9,
    criticalResponseHours: 2,
    supportMonths: 48,
  }),
  clause("vulnerability-handling", "RECOMMENDED", { notificationHours: 24, criticalFixDays: 7, highFixDays: 30 }),
  clause("knowledge-transfer", "RECOMMENDED", { sessions: 4 }),
  clause("price-transparency-tco", "RECOMMENDED", { horizonMonths: 48 }),
  clause("upstream-contribution", "OPTIONAL", { effortPercent: 5 }),
  clause("software-bill-of-materials", "OPTIONAL"),
];

/** Mail is personal and often confidential data; the suite is hard to leave once adopted. */
export const COLLABORATION_SUITE_SOVEREIGNTY = proposedSovereignty({
  dataSensitivity: 2,
  serviceCriticality: 1,
  legalExposure: 2,
  supplierDependence: 2,
});

export const COLLABORATION_SUITE_INTENDED_USE: TemplateContent["intendedUse"] = {
  category: "COLLABORATION",
  contractNature: "SERVICES",
  // Communication software, document creation, scheduling and productivity, e-mail service
  // providers, application service providers.
  cpvPrefixes: ["4851", "4831", "4833", "72412", "72416"],
  procedureTypes: ["OPEN", "RESTRICTED"],
  valueRange: { minCents: euros(200_000), maxCents: euros(3_000_000) },
};

export const COLLABORATION_SUITE: TemplateContent = {
  summary:
    "Mail, calendars, contacts, file sharing, document co-editing, chat and video meetings for an authority's " +
    "staff, built on open-source software and open standards, either hosted by the supplier in the European " +
    "Union or run in the authority's own data centre. Covers the subscriptions or support, the migration from " +
    "the current tools, training, support levels and an exit plan, priced as a total cost of ownership over four years.",
  intendedUse: COLLABORATION_SUITE_INTENDED_USE,
  clauses: COLLABORATION_SUITE_CLAUSES,
  requirements: requirements([
    [
      "MUST",
      "openness",
      "Every component of the suite that the Contracting Authority uses is released under a licence approved by " +
        "the Open Source Initiative, and its source code is publicly available.",
    ],
    [
      "MUST",
      "fit",
      "Users read and send mail through IMAP and SMTP, manage calendars through CalDAV and contacts through " +
        "CardDAV, from the suite's web interface and from any desktop or mobile client that supports these standards.",
    ],
    [
      "MUST",
      "fit",
      "Text documents, spreadsheets and presentations are created and saved in the **OpenDocument Format** " +
        "(ODF 1.3) by default, and can be exported to PDF/A.",
    ],
    [
      "MUST",
      "fit",
      "Several people edit the same document at the same time in a web browser and see each other's changes " +
        "within seconds, without installing any software.",
    ],
    [
      "MUST",
      null,
      "Staff sign in with the Contracting Authority's identity provider through OpenID Connect or SAML 2.0; " +
        "accounts are created, changed and removed automatically through SCIM 2.0 or LDAP.",
    ],
    [
      "MUST",
      "sovereignty",
      "For the hosted option: all data, including backups and logs, is stored and processed in the European " +
        "Union, and support staff reach it only from the European Union.",
    ],
    [
      "MUST",
      null,
      "Every screen, including the mobile applications, meets EN 301 549 (WCAG 2.1 level AA). The bidder " +
        "provides an accessibility conformance report for the version offered.",
    ],
    [
      "MUST",
      "openness",
      "The Contracting Authority can export all mailboxes, calendars, contacts, files and chat histories at " +
        "any time, in open formats, without the supplier's help and at no extra cost.",
    ],
    [
      "SHOULD",
      "fit",
      "The suite offers chat in channels and between two people, and video meetings for at least 100 " +
        "participants in a web browser, with screen sharing and live captions.",
    ],
    [
      "SHOULD",
      "fit",
      "Administrators set retention periods and legal holds per mailbox, folder and channel, and export the " +
        "log of administrative actions in an open format.",
    ],
    [
      "SHOULD",
      "sovereignty",
      "The same software can be run in the Contracting Authority's own data centre, so that the service can be " +
        "taken back in-house without changing tools or formats.",
    ],
    [
      "SHOULD",
      "service",
      "The migration plan moves mailboxes, calendars, contacts and shared drives from the current tools with " +
        "their folder structure, permissions and history, in waves that keep work going.",
    ],
    [
      "SHOULD",
      "service",
      "Training reaches every user through local champions trained by the supplier; the training material is " +
        "under a free licence (CC-BY-4.0 or equivalent) that the Contracting Authority may adapt.",
    ],
    [
      "SHOULD",
      null,
      "Mail can be signed and encrypted with S/MIME or OpenPGP, and end-to-end encryption is available for " +
        "chats and meetings that need it.",
    ],
    [
      "MAY",
      "fit",
      "The suite connects to the Contracting Authority's records management system through documented " +
        "interfaces (WebDAV or an API described in OpenAPI).",
    ],
    [
      "MAY",
      "openness",
      "The supplier offers the fixes and improvements made for the Contracting Authority to the upstream " +
        "open-source projects of the suite.",
    ],
  ]),
  sovereignty: COLLABORATION_SUITE_SOVEREIGNTY,
  award: {
    criteria: [
      {
        key: "cost",
        name: "Total cost of ownership over four years",
        description:
          "Subscriptions or support, hosting, migration, training and exit, discounted as the tender documents set out.",
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
            key: "fit",
            name: "Fit for the users' needs",
            description:
              "How fully the suite covers the requirements, and how easy it is for staff, including people with disabilities.",
            kind: "QUALITY",
            weight: 60,
          },
          {
            key: "service",
            name: "Migration, training and support",
            description: "The migration plan, the training approach and the support organisation offered.",
            kind: "QUALITY",
            weight: 40,
          },
        ],
      },
      {
        key: "sovereignty",
        name: "Sovereignty",
        description: "The SEAL levels the offer reaches on the objectives of the Cloud Sovereignty Framework.",
        kind: "SOVEREIGNTY",
        weight: 15,
      },
      {
        key: "openness",
        name: "Openness and reversibility",
        description: "Open-source licences, open standards and formats, and how easily the service can be taken over.",
        kind: "OPENNESS",
        weight: 10,
      },
    ],
    qualityScale: QUALITY_SCALE_EN,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
  guidance: [
    {
      section: "general",
      text:
        "Decide first whether you want the suite **hosted** by the supplier or **run in your own data centre**. " +
        "The requirements and clauses work for both; REQ-06 and the support levels apply to the hosted option " +
        "only. If you want both options priced, ask for them as two lots.",
    },
    {
      section: "lots",
      text:
        "Consider two lots: the suite with its hosting or support, and the migration with training. Firms " +
        "specialised in migration can then bid for the second lot alone, which widens competition.",
    },
    {
      section: "requirements",
      text:
        "Count your users, mailboxes and the volume of shared drives before publishing, and state them in the " +
        "tender documents: bidders price migration on them. Do not add requirements that describe one " +
        "product's features; describe what your staff need to do.",
    },
    {
      section: "clauses",
      text:
        "Keep the exit plan and data portability clause mandatory: mail and files are the hardest data to take " +
        "back. Include the customer-held keys clause if your mail holds classified information.",
    },
    {
      section: "sovereignty",
      text:
        "The minimum levels follow from mail holding personal and confidential data (GDPR) and from a high " +
        "dependence on the supplier once the suite is adopted. If you run the suite yourself, the operational " +
        "objective (SOV-4) concerns your own team and can stay at its proposed level.",
    },
    {
      section: "criteria",
      text:
        "Evaluate the cost over at least four years, migration and exit included: subscription prices alone hide " +
        "the cost of leaving. A cost weight of 40 % leaves room to reward quality and sovereignty.",
    },
  ],
  licence: "CC-BY-4.0",
};
