import { SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import { BIDS_FILE_FORMAT, BIDS_FILE_VERSION } from "@/lib/schemas/bids-file";
import { EXIT_PERIOD_YEARS } from "../bid-model";

export type TemplateTender = {
  reference: string;
  currency: string;
  discountRatePercent: number;
  tcoHorizonYears: number;
  lotKeys: readonly string[];
  requiredStandardIds: readonly string[];
};

/**
 * A blank bids file for one tender: one bid to fill in, with a cost line for each year of the
 * tender's cost period (0 the start, 1..N the contract years, then the exit period), the eight
 * sovereignty objectives and an answer for each required standard. Left as it is it does not
 * import: the bidder, the time of receipt and the amounts are for the person entering the bid.
 */
export function bidsFileSkeleton(tender: TemplateTender) {
  const years = Array.from({ length: tender.tcoHorizonYears }, (_, index) => index + 1);
  const exitYears = Array.from({ length: EXIT_PERIOD_YEARS }, (_, index) => tender.tcoHorizonYears + index + 1);
  return {
    format: BIDS_FILE_FORMAT,
    version: BIDS_FILE_VERSION,
    tender: {
      reference: tender.reference,
      currency: tender.currency,
      discountRatePercent: tender.discountRatePercent,
      tcoHorizonYears: tender.tcoHorizonYears,
    },
    bids: [
      {
        receivedAt: "",
        content: {
          bidder: { name: "", country: "", registrationId: "", isSme: false, contactName: "", contactEmail: "" },
          lotKey: tender.lotKeys[0] ?? null,
          solution: "",
          claimsOpenSource: false,
          costLines: [
            { category: "IMPLEMENTATION", year: 0, amountCents: 0, note: "" },
            ...years.map((year) => ({ category: "SUPPORT_MAINTENANCE", year, amountCents: 0, note: "" })),
            ...exitYears.map((year) => ({ category: "EXIT", year, amountCents: 0, note: "" })),
          ],
          components: [],
          sovereigntyClaims: Object.fromEntries(
            SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { level: 0, evidence: "" }]),
          ),
          standardAnswers: tender.requiredStandardIds.map((standardId) => ({
            standardId,
            answer: "NOT_MET",
            evidence: "",
          })),
        },
      },
    ],
  };
}
