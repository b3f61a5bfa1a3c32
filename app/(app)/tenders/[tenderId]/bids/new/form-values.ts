import { EMPTY_COST_LINE } from "@/components/bids/cost-lines-kinds";
import type { BidRegistrationContext } from "@/lib/domain/bids/check-bid-registration";
import { SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import type { RegisterBidInput } from "@/lib/schemas/bid-entry";

/** What the bid form needs to know of the tender; plain data from the page. */
export type BidFormTender = {
  id: string;
  currency: string;
  lots: { key: string; title: string }[];
  /** The open standards the tender requires, with the names tender documents use. */
  standards: { id: string; name: string }[];
  context: BidRegistrationContext;
};

export type BidFormValues = RegisterBidInput;
export type ComponentValues = BidFormValues["components"][number];

export const NEW_COMPONENT: ComponentValues = {
  name: "",
  version: "",
  supplier: "",
  licence: "",
  repository: "",
  relation: "DELIVERED",
  isAiModel: false,
  modelOpennessClass: "",
};

/** An empty form: nothing is assumed about the bid, not even its time of receipt. */
export function emptyBidForm(tender: BidFormTender): BidFormValues {
  return {
    tenderId: tender.id,
    receivedAt: "",
    receivedTime: "",
    bidder: {
      name: "",
      country: "",
      registrationId: "",
      isSme: undefined as unknown as "yes",
      contactName: "",
      contactEmail: "",
    },
    lotKey: "",
    solution: "",
    claimsOpenSource: undefined as unknown as "yes",
    costLines: [{ ...EMPTY_COST_LINE }],
    components: [],
    sovereigntyClaims: Object.fromEntries(
      SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { level: "", evidence: "" }]),
    ) as BidFormValues["sovereigntyClaims"],
    standardAnswers: tender.standards.map((standard) => ({ standardId: standard.id, answer: "", evidence: "" })),
  };
}
