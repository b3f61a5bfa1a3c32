import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { QUALITY_SCALE_EN } from "../demo-tender-parts";
import { COLLABORATION_SUITE_SOVEREIGNTY } from "./collaboration-suite";
import { clause, euros, requirements } from "./parts";

/**
 * An older, narrower template of the Ministry, deprecated in favour of the collaboration suite:
 * the catalogue shows it only when asked, with a link to its successor.
 */
export const HOSTED_MAIL_NAME = "Hosted mail and calendar service";

export const HOSTED_MAIL_DEPRECATION_NOTE =
  "Replaced by the open-source collaboration suite template, which covers mail and calendars together with " +
  "files, co-editing, chat and meetings, and adds an exit plan and sovereignty criteria.";

export const HOSTED_MAIL: TemplateContent = {
  summary:
    "Mail, calendars and contacts for an authority's staff as a service hosted in the European Union, on open " +
    "standards (IMAP, SMTP, CalDAV, CardDAV), with migration of the existing mailboxes.",
  intendedUse: {
    category: "HOSTING_AND_CLOUD",
    contractNature: "SERVICES",
    cpvPrefixes: ["72412", "4851"],
    procedureTypes: ["OPEN"],
    valueRange: { minCents: euros(50_000), maxCents: euros(500_000) },
  },
  clauses: [
    clause("open-standards-collaboration", "MANDATORY", {
      collaborationStandards: ["SMTP", "IMAP", "CALDAV", "CARDDAV"],
    }),
    clause("data-location-and-jurisdiction", "MANDATORY", { location: "EU" }),
    clause("exit-plan-and-data-portability", "RECOMMENDED"),
    clause("accessibility-en-301-549", "MANDATORY"),
    clause("maintenance-and-support-levels", "RECOMMENDED", { availability: 99.5 }),
  ],
  requirements: requirements([
    ["MUST", null, "Users read and send mail through IMAP and SMTP from any standard-compliant client."],
    ["MUST", null, "Calendars and contacts are shared through CalDAV and CardDAV."],
    ["MUST", null, "Mail and calendar data is stored and processed in the European Union only."],
    ["MUST", null, "The web interface meets EN 301 549 (WCAG 2.1 level AA)."],
    ["SHOULD", "quality", "Existing mailboxes are migrated with their folders, over a weekend per department."],
    ["SHOULD", "quality", "Support answers in the official languages of the Contracting Authority."],
  ]),
  sovereignty: COLLABORATION_SUITE_SOVEREIGNTY,
  award: {
    criteria: [
      { key: "cost", name: "Price over three years", kind: "COST", weight: 60, costFormula: "F1" },
      { key: "quality", name: "Quality of the service", kind: "QUALITY", weight: 40 },
    ],
    qualityScale: QUALITY_SCALE_EN,
    scoreAggregation: "MEAN",
    discountRatePercent: 3,
    tcoHorizonYears: 3,
  },
  guidance: [
    {
      section: "general",
      text: "Use this template only for mail and calendars alone; for a complete workplace see its successor.",
    },
  ],
  licence: "CC-BY-4.0",
};
