import { describe, expect, it } from "vitest";
import type { BidRegistrationContext } from "@/lib/domain/bids/check-bid-registration";
import { registerBidSchema, registerBidSchemaFor, type RegisterBidInput } from "./bid-entry";

const claims = Object.fromEntries(
  ["SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7", "SOV-8"].map((objective) => [
    objective,
    { level: "", evidence: "" },
  ]),
) as RegisterBidInput["sovereigntyClaims"];

const form = (overrides: Partial<RegisterBidInput> = {}): RegisterBidInput => ({
  tenderId: "tender-1",
  receivedAt: "2026-11-20",
  receivedTime: "16:45",
  bidder: {
    name: "Codeworks Coop",
    country: "be",
    registrationId: "BE0123456789",
    isSme: "yes",
    contactName: "",
    contactEmail: "",
  },
  lotKey: "",
  solution: "",
  claimsOpenSource: "no",
  costLines: [{ category: "IMPLEMENTATION", year: "0", amount: "1 800,50", note: "" }],
  components: [
    {
      name: "case-engine",
      version: "",
      supplier: "",
      licence: "EUPL-1.2",
      repository: "",
      relation: "DELIVERED",
      isAiModel: false,
      modelOpennessClass: "",
    },
  ],
  sovereigntyClaims: { ...claims, "SOV-2": { level: "3", evidence: "EU parent" } },
  standardAnswers: [
    { standardId: "ODF-1.3", answer: "MET", evidence: "" },
    { standardId: "PDF-A-2", answer: "", evidence: "" },
  ],
  ...overrides,
});

const TENDER: BidRegistrationContext = {
  tcoHorizonYears: 2,
  lotKeys: [],
  requiredStandardIds: ["ODF-1.3", "PDF-A-2"],
  tenderDeadline: "2026-11-20",
  publicationDate: "2026-10-01",
};

describe("registerBidSchema", () => {
  it("turns what was typed into the bid's content and its time of receipt", () => {
    const parsed = registerBidSchema.parse(form());
    expect(parsed.receivedAt.toISOString()).toBe("2026-11-20T16:45:00.000Z");
    expect(parsed.content).toEqual({
      bidder: {
        name: "Codeworks Coop",
        country: "BE",
        registrationId: "BE0123456789",
        isSme: true,
        contactName: "",
        contactEmail: "",
      },
      lotKey: null,
      solution: "",
      claimsOpenSource: false,
      // "1 800,50" → 180,050 cents.
      costLines: [{ category: "IMPLEMENTATION", year: 0, amountCents: 180_050, note: "" }],
      components: [
        {
          name: "case-engine",
          version: "",
          supplier: "",
          licence: "EUPL-1.2",
          repository: "",
          relation: "DELIVERED",
          isAiModel: false,
          modelOpennessClass: null,
        },
      ],
      // Objectives without a level and standards without an answer are left out.
      sovereigntyClaims: { "SOV-2": { level: 3, evidence: "EU parent" } },
      standardAnswers: [{ standardId: "ODF-1.3", answer: "MET", evidence: "" }],
    });
  });

  it("reports each field the person has to fix, by its path in the form", () => {
    const result = registerBidSchema.safeParse(
      form({
        receivedTime: "4pm",
        claimsOpenSource: undefined as unknown as "yes",
        costLines: [{ category: "IMPLEMENTATION", year: "", amount: "-5", note: "" }],
      }),
    );
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["receivedTime", "validation.bidReception.timeInvalid"],
      ["claimsOpenSource", "validation.bidReception.openSourceClaimRequired"],
      ["costLines.0.year", "validation.costLines.yearRequired"],
      ["costLines.0.amount", "validation.money.negative"],
    ]);
  });

  it("with the tender: a late bid and a year after the exit period are refused where they were typed", () => {
    const schema = registerBidSchemaFor(TENDER);
    // Horizon 2: years 0–2, exit period year 3; year 4 is outside.
    const result = schema.safeParse(
      form({
        receivedAt: "2026-11-21",
        costLines: [{ category: "EXIT", year: "4", amount: "10", note: "" }],
      }),
    );
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["costLines.0.year", 'problems.bid.yearOutsideHorizon?{"year":4,"maxYear":3,"horizon":2}'],
      ["receivedAt", 'problems.bidReception.receivedAfterDeadline?{"received":"2026-11-21","deadline":"2026-11-20"}'],
    ]);
    // An unanswered required standard is a warning for the assessment, not an error here.
    expect(schema.safeParse(form()).success).toBe(true);
  });
});
