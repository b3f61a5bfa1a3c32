import { describe, expect, it } from "vitest";
import type { BidRegistrationContext } from "../check-bid-registration";
import { parseBidsJson } from "./parse-bids-json";
import { bidsFileSkeleton } from "./templates";

const TENDER: BidRegistrationContext = {
  tcoHorizonYears: 4,
  lotKeys: [],
  requiredStandardIds: ["ODF-1.3"],
  tenderDeadline: "2026-11-20",
  publicationDate: "2026-10-01",
};

const bid = (overrides: Record<string, unknown> = {}, content: Record<string, unknown> = {}) => ({
  receivedAt: "2026-11-19T10:30:00Z",
  content: {
    bidder: { name: "Codeworks Coop", country: "BE", registrationId: "BE0123456789", isSme: true },
    lotKey: null,
    solution: "Case management",
    claimsOpenSource: true,
    costLines: [{ category: "IMPLEMENTATION", year: 0, amountCents: 9_000_000, note: "" }],
    components: [{ name: "case-engine", licence: "EUPL-1.2" }],
    sovereigntyClaims: { "SOV-1": { level: 3, evidence: "EU cooperative" } },
    standardAnswers: [{ standardId: "ODF-1.3", answer: "MET", evidence: "Exports ODT" }],
    ...content,
  },
  ...overrides,
});
const file = (bids: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: "tender-commons/bids", version: 1, bids, ...extra });

describe("parseBidsJson", () => {
  it("reads every part of a bid, with the schema's defaults", () => {
    const result = parseBidsJson(file([bid()]), TENDER);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bids[0]!.receivedAt.toISOString()).toBe("2026-11-19T10:30:00.000Z");
    expect(result.bids[0]!.content).toMatchObject({
      bidder: { contactName: "", contactEmail: "" },
      components: [{ name: "case-engine", relation: "DELIVERED", isAiModel: false, modelOpennessClass: null }],
      sovereigntyClaims: { "SOV-1": { level: 3 } },
      standardAnswers: [{ standardId: "ODF-1.3", answer: "MET" }],
    });
  });

  it.each([
    ["not JSON", "{ bids: [", { row: null, field: null, message: "problems.bidImport.jsonInvalid" }],
    [
      "another kind of file",
      '{"bomFormat":"CycloneDX"}',
      {
        row: null,
        field: "format",
        message: 'problems.bidImport.jsonNotBidsFile?{"format":"tender-commons/bids"}',
      },
    ],
    [
      "a later version of the format",
      '{"format":"tender-commons/bids","version":2,"bids":[]}',
      {
        row: null,
        field: "version",
        message: 'problems.bidImport.jsonVersionUnsupported?{"version":"2","supported":1}',
      },
    ],
    ["no bids", file([]), { row: null, field: "bids", message: "problems.bidImport.noBids" }],
  ])("refuses %s", (_, content, problem) => {
    expect(parseBidsJson(content, TENDER)).toEqual({ ok: false, problems: [problem] });
  });

  it("names each bid and the path of each bad value", () => {
    const content = file([
      bid(),
      bid({}, { costLines: [{ category: "COFFEE", year: 0, amountCents: -5, note: "" }] }),
      bid({ receivedAt: "yesterday" }),
    ]);
    expect(parseBidsJson(content, TENDER)).toEqual({
      ok: false,
      problems: [
        { row: 2, field: "bids[1].content.costLines[0].category", message: "validation.bid.costCategoryUnknown" },
        { row: 2, field: "bids[1].content.costLines[0].amountCents", message: "validation.money.negative" },
        // z.iso.datetime has no translated message of its own.
        { row: 3, field: "bids[2].receivedAt", message: "problems.bidImport.jsonValueInvalid" },
      ],
    });
  });

  it("checks each bid against the tender: receipt time, years, lots, standards", () => {
    const content = file([
      bid({ receivedAt: undefined }),
      bid(
        { receivedAt: "2026-11-21T08:00:00+01:00" },
        {
          lotKey: "LOT-1",
          costLines: [{ category: "EXIT", year: 6, amountCents: 100, note: "" }],
          standardAnswers: [{ standardId: "PDF-A-2", answer: "MET", evidence: "" }],
        },
      ),
    ]);
    expect(parseBidsJson(content, TENDER)).toEqual({
      ok: false,
      problems: [
        { row: 1, field: "bids[0].receivedAt", message: "validation.required" },
        {
          row: 2,
          field: "bids[1].content.costLines[0].year",
          message: 'problems.bid.yearOutsideHorizon?{"year":6,"maxYear":5,"horizon":4}',
        },
        { row: 2, field: "bids[1].content.lotKey", message: 'problems.bid.lotNotExpected?{"lot":"LOT-1"}' },
        {
          row: 2,
          field: "bids[1].content.standardAnswers[0].standardId",
          message: 'problems.bid.standardNotRequired?{"standard":"PDF-A-2"}',
        },
        {
          row: 2,
          field: "bids[1].receivedAt",
          message: 'problems.bidReception.receivedAfterDeadline?{"received":"2026-11-21","deadline":"2026-11-20"}',
        },
      ],
    });
  });

  it("the skeleton of a tender is a bids file waiting for its bidder and time of receipt", () => {
    const skeleton = bidsFileSkeleton({
      reference: "MIN-2026-004",
      currency: "EUR",
      discountRatePercent: 3,
      tcoHorizonYears: 4,
      lotKeys: [],
      requiredStandardIds: ["ODF-1.3"],
    });
    // Years 0, 1–4, then 5 for the exit period.
    expect(skeleton.bids[0]!.content.costLines.map((line) => line.year)).toEqual([0, 1, 2, 3, 4, 5]);
    const result = parseBidsJson(JSON.stringify(skeleton), TENDER);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual([
      "bids[0].receivedAt",
      "bids[0].content.bidder.name",
      "bids[0].content.bidder.country",
      "bids[0].content.bidder.registrationId",
    ]);
  });
});
