import type { Clause, ClauseContent } from "@/lib/domain/clauses/clause-model";
import type { CpvEntry } from "@/lib/domain/cpv/parse-cpv-csv";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  SOVEREIGNTY_OBJECTIVES,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import type { TenderDocumentTender } from "../tender-document";

function exitContent(): ClauseContent {
  return {
    title: "Exit plan within {{months}}",
    body: "1. The Contractor delivers an **exit plan** within {{months}}.\n2. Scripts are licensed under {{licence}}.",
    guidance: { why: "", whenToUse: "", pitfalls: "" },
    parameters: { months: { label: "Months" }, licence: { label: "Licence" } },
  };
}

/** A clause of our own, so the tests say exactly what its text becomes. */
export const EXIT_CLAUSE: Clause = {
  key: "exit-plan",
  version: 2,
  category: "EXIT",
  topics: ["EXIT_AND_PORTABILITY"],
  status: "MANDATORY",
  applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: [] },
  parameters: [
    { name: "months", kind: "MONTHS", required: true, min: 1, max: 60, default: 12 },
    { name: "licence", kind: "SPDX_LICENCE", required: true, accept: "OSI_APPROVED", default: "EUPL-1.2" },
  ],
  legalBasis: [],
  sources: [],
  content: { en: exitContent(), fr: exitContent(), de: exitContent() },
};

export const FIXTURE_CPV: ReadonlyMap<string, CpvEntry> = new Map([
  ["72212000", { code8: "72212000", checkDigit: "4", labels: { en: "Programming services of application software", fr: "Services de programmation de logiciels d'application", de: "Programmierung von Anwendungssoftware" } }], // prettier-ignore
]);

const sovereignty: SovereigntyProfile = {
  assessment: { dataSensitivity: 2, serviceCriticality: 2, legalExposure: 1, supplierDependence: 1 },
  minimumSeal: Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: objective === "SOV-3" ? 3 : objective === "SOV-8" ? 0 : 2, ...(objective === "SOV-3" ? { justification: "Health data." } : {}) }]), // prettier-ignore
  ) as SovereigntyProfile["minimumSeal"],
  weights: DEFAULT_SOVEREIGNTY_WEIGHTS,
};

/** A tender with every section filled in, as the drafter would leave it before review. */
export function fullTender(overrides: Partial<TenderDocumentTender> = {}): TenderDocumentTender {
  return {
    reference: "MIN-2027-0004",
    title: "Case management system",
    summary: "A case management system for the ministry's 400 case workers.\n\nIt replaces a system from 2009.",
    status: "DRAFT",
    contractNature: "SERVICES",
    procedureType: "OPEN",
    procedureGround: null,
    mainCpv: "72212000",
    additionalCpvs: [],
    estimatedValueCents: 250_000_000,
    currency: "EUR",
    durationMonths: 48,
    renewalOptions: "",
    lots: [
      { key: "LOT-1", title: "Software", description: "Build and maintain.", cpv: "72212000", estimatedValueCents: 200_000_000 }, // prettier-ignore
      { key: "LOT-2", title: "Hosting", description: "", cpv: null, estimatedValueCents: 50_000_000 },
    ],
    reasonsForNotDividing: "",
    requirements: [
      { key: "REQ-01", text: "The system **must** export cases as ODF.", level: "MUST", criterionKey: null },
      { key: "REQ-02", text: "Screens should load in *2 s*.", level: "SHOULD", criterionKey: "usability" },
    ],
    clauses: [
      { key: "exit-plan", version: 2, values: { months: 24, licence: "Apache-2.0" } },
      { key: "retired-clause", version: 1, values: {} },
    ],
    sovereignty,
    award: {
      criteria: [
        { key: "cost", name: "Total cost of ownership", kind: "COST", weight: 40, costFormula: "F1" },
        {
          key: "quality",
          name: "Quality",
          kind: "QUALITY",
          weight: 50,
          children: [
            { key: "usability", name: "Usability", kind: "QUALITY", weight: 60, description: "Tasks done in few steps.", minimumScore: 2 }, // prettier-ignore
            { key: "openness", name: "Openness", kind: "OPENNESS", weight: 40 },
          ],
        },
        { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
      ],
      qualityScale: { max: 5, descriptors: ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] },
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 5,
      tcoHorizonYears: 2,
    },
    innovationPhases: [],
    publicationDate: "2027-03-01",
    requestsDeadline: null,
    invitationDate: null,
    clarificationDeadline: "2027-04-01",
    tenderDeadline: "2027-04-12",
    openingDate: "2027-04-13",
    ...overrides,
  };
}
