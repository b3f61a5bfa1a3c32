import type { ChosenClause } from "../lib/domain/clauses/clause-updates";
import { CASE_MANAGEMENT_CLAUSES, MUNICIPALITY_CLAUSES } from "./demo-clauses";
import type { AwardCriteria, QualityScale } from "../lib/domain/tender/criteria-tree";
import type { Lot } from "../lib/domain/tender/lots";
import type { Requirement } from "../lib/domain/tender/requirements";
import type { SovereigntyProfile } from "../lib/domain/tender/sovereignty";
import { proposedSovereignty, QUALITY_SCALE_EN } from "./demo-tender-parts";

/** The structured sections of the demo tenders (prisma/demo-tenders.ts), as a drafter would fill them. */
export type DemoTenderSections = {
  lots: Lot[];
  reasonsForNotDividing: string;
  requirements: Requirement[];
  /** Clauses from the library (version 1 ships with the app), with the values the drafter gave. */
  clauses: ChosenClause[];
  sovereignty: SovereigntyProfile | null;
  award: AwardCriteria | null;
};

const scaleDe: QualityScale = {
  max: 5,
  descriptors: [
    "Nicht behandelt oder ohne Nachweis.",
    "Erhebliche Vorbehalte: große Lücken oder nicht überzeugende Nachweise.",
    "Geringe Vorbehalte: die meisten Punkte behandelt, einzelne Lücken.",
    "Annehmbar: alle Punkte mit Nachweis behandelt.",
    "Gut: alle Punkte behandelt, bei einigen mit nachgewiesenem Mehrwert.",
    "Sehr gut: alle Punkte behandelt, durchgehend mit nachgewiesenem Mehrwert.",
  ],
};

/** The City's tender, complete and in review. */
export const MUNICIPALITY_SECTIONS: DemoTenderSections = {
  lots: [],
  reasonsForNotDividing:
    "Booking, reminders and the interfaces to the registration system form one service with one data model; " +
    "splitting them between suppliers would move the integration risk to the City and make one supplier " +
    "responsible for nothing end to end. The contract is small enough for SMEs to bid alone or as a group.",
  requirements: [
    {
      key: "REQ-01",
      text: "Bürgerinnen und Bürger buchen Termine online, telefonisch über das Servicecenter und am Schalter in **einem** Kalender.",
      level: "MUST",
      criterionKey: "usability",
    },
    {
      key: "REQ-02",
      text: "Der Dienst tauscht Daten mit dem Melderegister über die XMeld-Standardschnittstellen aus.",
      level: "MUST",
      criterionKey: "interoperability",
    },
    {
      key: "REQ-03",
      text: "Alle Buchungsdaten sind jederzeit ohne Zusatzkosten in einem offenen, dokumentierten Format exportierbar (CSV oder JSON).",
      level: "MUST",
      criterionKey: "openness",
    },
    {
      key: "REQ-04",
      text: "Erinnerungen werden per E-Mail und SMS versandt; Bürgerinnen und Bürger wählen den Kanal.",
      level: "SHOULD",
      criterionKey: "usability",
    },
    {
      key: "REQ-05",
      text: "Die Software ist unter einer von der OSI anerkannten Open-Source-Lizenz veröffentlicht.",
      level: "MAY",
      criterionKey: "openness",
    },
  ],
  clauses: MUNICIPALITY_CLAUSES,
  // The proposal for this assessment, with SOV-6 raised.
  sovereignty: proposedSovereignty(
    { dataSensitivity: 2, serviceCriticality: 2, legalExposure: 1, supplierDependence: 1 },
    {
      "SOV-6": {
        seal: 2,
        justification:
          "Die Stadt will den Dienst am Vertragsende ohne Datenverlust wechseln können; offene Schnittstellen " +
          "und Formate sind dafür Voraussetzung.",
      },
    },
  ),
  award: {
    criteria: [
      { key: "cost", name: "Gesamtkosten über die Laufzeit", kind: "COST", weight: 35, costFormula: "F2" },
      {
        key: "quality",
        name: "Qualität",
        kind: "QUALITY",
        weight: 45,
        children: [
          {
            key: "usability",
            name: "Benutzbarkeit und Barrierefreiheit",
            kind: "QUALITY",
            weight: 60,
          },
          {
            key: "interoperability",
            name: "Schnittstellen zum Melderegister",
            kind: "OPENNESS",
            weight: 40,
          },
        ],
      },
      { key: "sovereignty", name: "Souveränität", kind: "SOVEREIGNTY", weight: 10 },
      {
        key: "openness",
        name: "Offenheit: Lizenzen und offene Standards",
        kind: "OPENNESS",
        weight: 10,
      },
    ],
    qualityScale: scaleDe,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    // The 36-month contract; the optional 12-month extension is not counted.
    tcoHorizonYears: 3,
  },
};

/**
 * The Ministry's published tender: one development contract, its code released under EUPL-1.2,
 * with requirements scored under named criteria and a sovereignty profile.
 */
export const CASE_MANAGEMENT_SECTIONS: DemoTenderSections = {
  lots: [],
  reasonsForNotDividing:
    "Design, development and the first two years of maintenance form one piece of software with one code " +
    "base; split between suppliers, no one would be answerable for the whole, and the Ministry would carry the " +
    "integration risk. Hosting is not included (the Ministry's own data centre runs the system), and the " +
    "value is within reach of small and medium-sized enterprises bidding as a group.",
  requirements: [
    {
      key: "REQ-01",
      text:
        "All source code written under the contract, with its build scripts and documentation, is published " +
        "under the **European Union Public Licence 1.2** (EUPL-1.2) in a public repository from the first sprint.",
      level: "MUST",
      criterionKey: "openness",
    },
    {
      key: "REQ-02",
      text: "Case workers open, assign, follow and close cases, with a full history of who did what and when.",
      level: "MUST",
      criterionKey: "functional",
    },
    {
      key: "REQ-03",
      text:
        "The 1.2 million existing case files are migrated from the current system, checked against counts " +
        "and checksums agreed with the Ministry.",
      level: "MUST",
      criterionKey: "methodology",
    },
    {
      key: "REQ-04",
      text: "Every screen meets EN 301 549 (WCAG 2.1 level AA); an accessibility audit is delivered before go-live.",
      level: "MUST",
      criterionKey: "functional",
    },
    {
      key: "REQ-05",
      text: "Data is exchanged through documented REST interfaces (OpenAPI 3.1) and exported in open formats (CSV, JSON).",
      level: "SHOULD",
      criterionKey: "openness",
    },
    {
      key: "REQ-06",
      text: "The supplier contributes fixes to the upstream open source components it relies on.",
      level: "MAY",
      criterionKey: "openness",
    },
  ],
  clauses: CASE_MANAGEMENT_CLAUSES,
  // The proposal for this assessment, with SOV-6 raised.
  sovereignty: proposedSovereignty(
    { dataSensitivity: 2, serviceCriticality: 1, legalExposure: 2, supplierDependence: 1 },
    {
      "SOV-6": {
        seal: 2,
        justification:
          "The Ministry must be able to maintain the system itself or hand it to another supplier: open " +
          "source code, open interfaces and open formats are the condition for that.",
      },
    },
  ),
  award: {
    criteria: [
      {
        key: "cost",
        name: "Total cost over the contract",
        kind: "COST",
        weight: 30,
        costFormula: "F5",
        // F5: a discounted TCO of EUR 3.6 million scores nothing, EUR 1.8 million or less scores full points.
        referencePriceCents: 360_000_000,
        floorPriceCents: 180_000_000,
      },
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 50,
        children: [
          {
            key: "functional",
            name: "Fit to case workers' needs and accessibility",
            kind: "QUALITY",
            weight: 50,
          },
          {
            key: "methodology",
            name: "Delivery method and migration plan",
            kind: "QUALITY",
            weight: 50,
          },
        ],
      },
      { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
      {
        key: "openness",
        name: "Openness: licensing, interfaces and community work",
        kind: "OPENNESS",
        weight: 10,
      },
    ],
    qualityScale: QUALITY_SCALE_EN,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    // The 42-month contract, rounded up to whole years.
    tcoHorizonYears: 4,
  },
};
