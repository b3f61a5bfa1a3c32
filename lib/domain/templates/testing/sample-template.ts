import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { CLAUSE_LIBRARY } from "@/lib/domain/clauses/library";
import type { TemplateContent } from "../template-content";

/**
 * A complete template, publishable as it is, for the unit tests: clauses of the shipped library
 * at version 1, two requirements (one linked to a criterion), a sovereignty profile that follows
 * its proposal, award criteria summing to 100 and a guidance note.
 */
export function sampleTemplateContent(): TemplateContent {
  return {
    summary: "Collaboration suite for a ministry: documents, chat and video, hosted in the EU.",
    intendedUse: {
      category: "COLLABORATION",
      contractNature: "SERVICES",
      cpvPrefixes: ["48", "722"],
      procedureTypes: ["OPEN"],
      valueRange: { minCents: 10_000_000, maxCents: 500_000_000 },
    },
    clauses: [
      { key: "deliverables-licence", version: 1, status: "MANDATORY", values: {} },
      { key: "source-code-delivery", version: 1, status: "RECOMMENDED", values: {} },
      { key: "exit-plan-and-data-portability", version: 1, status: "RECOMMENDED", values: {} },
      { key: "open-formats-documents", version: 1, status: "MANDATORY", values: {} },
      { key: "accessibility-en-301-549", version: 1, status: "MANDATORY", values: {} },
      { key: "escrow", version: 1, status: "OPTIONAL", values: {} },
    ],
    requirements: [
      { key: "REQ-01", text: "Users edit documents together in the browser.", level: "MUST", criterionKey: null },
      { key: "REQ-02", text: "Video calls work for 100 participants.", level: "SHOULD", criterionKey: "quality" },
    ],
    sovereignty: {
      assessment: { dataSensitivity: 2, serviceCriticality: 1, legalExposure: 1, supplierDependence: 1 },
      // The proposal for these answers (sovereignty.ts SEAL_DRIVERS): SOV-1 max(1, 1−1) = 1,
      // SOV-2 max(1, 2) = 2, SOV-3 max(2, 0) = 2, SOV-4 max(1, 0) = 1, SOV-5 1, SOV-6 max(1, 1) = 1,
      // SOV-7 max(1, 2, 0) = 2, SOV-8 0.
      minimumSeal: {
        "SOV-1": { seal: 1, justification: null },
        "SOV-2": { seal: 2, justification: null },
        "SOV-3": { seal: 2, justification: null },
        "SOV-4": { seal: 1, justification: null },
        "SOV-5": { seal: 1, justification: null },
        "SOV-6": { seal: 1, justification: null },
        "SOV-7": { seal: 2, justification: null },
        "SOV-8": { seal: 0, justification: null },
      },
      weights: {
        "SOV-1": 15,
        "SOV-2": 10,
        "SOV-3": 10,
        "SOV-4": 15,
        "SOV-5": 20,
        "SOV-6": 15,
        "SOV-7": 10,
        "SOV-8": 5,
      },
    },
    award: {
      criteria: [
        { key: "cost", name: "Total cost of ownership", kind: "COST", weight: 40, costFormula: "F1" },
        { key: "quality", name: "Quality of the service", kind: "QUALITY", weight: 40 },
        { key: "openness", name: "Openness", kind: "OPENNESS", weight: 20 },
      ],
      qualityScale: { max: 5, descriptors: ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] },
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 3,
      tcoHorizonYears: 4,
    },
    guidance: [{ section: "criteria", text: "Keep cost at or below 40 %." }],
    licence: "CC-BY-4.0",
  };
}

/** The shipped library's clauses by key@version, as the server would load them. */
export function libraryDefinitions(): Map<string, Clause> {
  return new Map(CLAUSE_LIBRARY.map((clause) => [chosenVersionKey(clause.key, clause.version), clause]));
}
