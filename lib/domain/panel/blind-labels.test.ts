import { describe, expect, it } from "vitest";
import { sampleBidContentForTests } from "./testing/sample-bid";
import { blindBidContent, blindLabels, blindLetters } from "./blind-labels";

describe("blindLetters", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    // 26 is the 27th bid: after Z come AA, AB, … as spreadsheet columns.
    [26, "AA"],
    [27, "AB"],
    // 26 + 26 = 52 → the 53rd bid: AZ is the 52nd (index 51), so index 52 is BA.
    [51, "AZ"],
    [52, "BA"],
    // 26 + 26 × 26 = 702 labels of one or two letters (indices 0–701); index 702 is AAA.
    [701, "ZZ"],
    [702, "AAA"],
  ])("index %i is %s", (index, letters) => {
    expect(blindLetters(index)).toBe(letters);
  });

  it("refuses a negative or fractional index", () => {
    expect(() => blindLetters(-1)).toThrow(RangeError);
    expect(() => blindLetters(1.5)).toThrow(RangeError);
  });
});

describe("blindLabels", () => {
  it("follows the order of receipt, whatever order the bids come in, and skips no letter", () => {
    // Receipt numbers 3, 1, 4 (2 was withdrawn and never opened): 1 → A, 3 → B, 4 → C.
    const labels = blindLabels([
      { id: "third", receiptNumber: 3 },
      { id: "first", receiptNumber: 1 },
      { id: "fourth", receiptNumber: 4 },
    ]);
    expect([...labels.entries()]).toEqual([
      ["first", "A"],
      ["third", "B"],
      ["fourth", "C"],
    ]);
  });
});

describe("blindBidContent", () => {
  const content = sampleBidContentForTests();

  it("replaces the name, blanks registration and contact, keeps country and SME status", () => {
    const blind = blindBidContent(content, "Bid A");
    expect(blind.bidder).toEqual({
      name: "Bid A",
      country: "BE",
      registrationId: "",
      isSme: true,
      contactName: "",
      contactEmail: "",
    });
  });

  it("replaces the name wherever the bidder wrote it, in any case, and nothing else", () => {
    const blind = blindBidContent(content, "Bid A");
    // "Codeworks (Coop)" and "CODEWORKS (COOP)" both go; the brackets are taken literally.
    expect(blind.solution).toBe("Bid A builds the platform; Bid A hosts it.");
    expect(blind.components.map((component) => component.supplier)).toEqual([
      "Bid A",
      "PostgreSQL Global Development Group",
    ]);
    expect(blind.sovereigntyClaims["SOV-1"]?.evidence).toBe("Bid A is owned by its members.");
    expect(blind.sovereigntyClaims["SOV-1"]?.level).toBe(3);
    expect(blind.standardAnswers[0]?.evidence).toBe("Bid A documents every API.");
    expect(blind.costLines[0]?.note).toBe("Work by Bid A");
    // Names of others, licences and amounts are untouched.
    expect(blind.components[0]?.licence).toBe("EUPL-1.2");
    expect(blind.costLines[0]?.amountCents).toBe(100_000);
  });

  it("leaves the texts alone when the bidder has no name", () => {
    const nameless = { ...content, bidder: { ...content.bidder, name: "  " } };
    expect(blindBidContent(nameless, "Bid A").solution).toBe(content.solution);
  });
});
