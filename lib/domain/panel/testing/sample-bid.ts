import type { BidContent } from "@/lib/domain/bids/bid-model";

/** A bid that names its bidder in its own texts, for the blind-mode tests. */
export function sampleBidContentForTests(): BidContent {
  return {
    bidder: {
      name: "Codeworks (Coop)",
      country: "BE",
      registrationId: "BE0712345678",
      isSme: true,
      contactName: "Ana Lopes",
      contactEmail: "tenders@codeworks.example",
    },
    lotKey: null,
    solution: "Codeworks (Coop) builds the platform; CODEWORKS (COOP) hosts it.",
    claimsOpenSource: true,
    costLines: [{ category: "IMPLEMENTATION", year: 0, amountCents: 100_000, note: "Work by Codeworks (Coop)" }],
    components: [
      {
        name: "engine",
        version: "1",
        supplier: "Codeworks (Coop)",
        licence: "EUPL-1.2",
        repository: "",
        relation: "DELIVERED",
        isAiModel: false,
        modelOpennessClass: null,
      },
      {
        name: "PostgreSQL",
        version: "17",
        supplier: "PostgreSQL Global Development Group",
        licence: "PostgreSQL",
        repository: "",
        relation: "DEPENDENCY",
        isAiModel: false,
        modelOpennessClass: null,
      },
    ],
    sovereigntyClaims: { "SOV-1": { level: 3, evidence: "Codeworks (Coop) is owned by its members." } },
    standardAnswers: [{ standardId: "OPENAPI-3.1", answer: "MET", evidence: "Codeworks (Coop) documents every API." }],
  };
}
