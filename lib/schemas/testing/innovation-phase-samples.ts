import type { InnovationPhase, InnovationPhaseKind } from "@/lib/domain/tender/innovation-phases";

/**
 * One sample phase of an innovation partnership for the phases' tests, as the form sends it
 * (text fields) and, written by hand, as it is stored once parsed (lists, months and cents).
 */

/** The phase as the form sends it: 6 months and at most EUR 300,000, under the EUPL. */
export const phaseForm = <Kind extends string>(kind: Kind, overrides: Record<string, string> = {}) => ({
  kind,
  objectives: "Search case files across agencies",
  deliverables: "Source code\nArchitecture report",
  goNoGoCriteria: "Answers within 2 s on the test corpus",
  durationMonths: "6",
  maxCost: "300,000",
  resultsLicence: "EUPL-1.2",
  ...overrides,
});

/** phaseForm stored: one line an item, "6" months, "300,000" euros = 30,000,000 cents. */
export const storedPhase = (kind: InnovationPhaseKind, overrides: Partial<InnovationPhase> = {}): InnovationPhase => ({
  kind,
  objectives: ["Search case files across agencies"],
  deliverables: ["Source code", "Architecture report"],
  goNoGoCriteria: ["Answers within 2 s on the test corpus"],
  durationMonths: 6,
  maxCostCents: 30_000_000,
  resultsLicence: "EUPL-1.2",
  ...overrides,
});
