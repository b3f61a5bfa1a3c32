import type { OpennessFindings } from "@/lib/domain/evaluation/evaluation-input";
import type { BidLicenceAssessment } from "@/lib/domain/licences";
import { twoDecimals } from "./exact";
import type { StandardsCoverage } from "./standards-coverage";

/**
 * A bid's openness as the evaluation reads it, from its licence assessment and its coverage of
 * the tender's open standards: the panel's evidence on the openness criteria it scores, and the
 * inputs of those the tender computes automatically (lib/domain/evaluation/automatic-openness.ts).
 * The evaluation file carries exactly this, so the points can be recomputed offline.
 */
export function opennessFindingsOf(licences: BidLicenceAssessment, coverage: StandardsCoverage): OpennessFindings {
  return {
    components: licences.components.length,
    openComponents: licences.counts.OPEN,
    freeNotOsiComponents: licences.counts.FREE_NOT_OSI,
    notOpenComponents: licences.counts.NOT_OPEN,
    unknownComponents: licences.counts.UNKNOWN,
    standardsCoveragePercent: coverage.coveragePercent === null ? null : Number(twoDecimals(coverage.coveragePercent)),
    standards: { required: coverage.itemCount, met: coverage.itemsMet, partlyMet: coverage.itemsPartlyMet },
    openWashing: licences.openSourceClaim.status === "OPEN_WASHING",
  };
}
