import { describe, expect, it } from "vitest";
import { findSameBidders, registrationKey } from "./same-bidder";

describe("the same bidder twice on a lot", () => {
  it("compares registration numbers ignoring case, spaces, dots and hyphens", () => {
    expect(registrationKey("be 0123.456-789")).toBe("BE0123456789");
  });

  it("finds bids already registered for the bidder on the same lot, not on another lot, nor other bidders", () => {
    const registered = [
      { receiptNumber: 3, key: "BE0123456789", lotKey: "LOT-1" },
      { receiptNumber: 1, key: "BE0123456789", lotKey: "LOT-1" },
      { receiptNumber: 2, key: "BE0123456789", lotKey: "LOT-2" },
      { receiptNumber: 4, key: "FR99", lotKey: "LOT-1" },
    ];
    expect(findSameBidders([{ registrationId: "BE 0123 456 789", lotKey: "LOT-1" }], registered)).toEqual([
      // Bids 1 and 3 (lot 1), in receipt order; not 2 (lot 2), not 4 (another bidder).
      { index: 0, registrationId: "BE 0123 456 789", lotKey: "LOT-1", receiptNumbers: [1, 3], alsoAt: [] },
    ]);
    expect(findSameBidders([{ registrationId: "BE0123456789", lotKey: "LOT-3" }], registered)).toEqual([]);
  });

  it("treats a tender without lots as one lot", () => {
    const registered = [{ receiptNumber: 1, key: "DE811111111", lotKey: null }];
    expect(findSameBidders([{ registrationId: "DE811111111", lotKey: null }], registered)).toMatchObject([
      { index: 0, receiptNumbers: [1], alsoAt: [] },
    ]);
  });

  it("finds the bidder twice in the same file, each pointing at the other", () => {
    const incoming = [
      { registrationId: "IT05555555555", lotKey: "LOT-2" },
      { registrationId: "DE844444444", lotKey: "LOT-2" },
      { registrationId: "it-05555555555", lotKey: "LOT-2" },
    ];
    expect(findSameBidders(incoming, [])).toEqual([
      { index: 0, registrationId: "IT05555555555", lotKey: "LOT-2", receiptNumbers: [], alsoAt: [2] },
      { index: 2, registrationId: "it-05555555555", lotKey: "LOT-2", receiptNumbers: [], alsoAt: [0] },
    ]);
  });

  it("says nothing for a bid without a registration number", () => {
    expect(
      findSameBidders([{ registrationId: " ", lotKey: null }], [{ receiptNumber: 1, key: "", lotKey: null }]),
    ).toEqual([]);
  });
});
