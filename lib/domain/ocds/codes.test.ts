import { describe, expect, it } from "vitest";
import { TENDER_STATUSES } from "@/lib/domain/tender/tender-enums";
import { isPublicTender, ocdsAwardStatus, ocdsLotStatus, ocdsTenderStatus, PROCUREMENT_METHODS } from "./codes";

describe("which tenders are public", () => {
  it("never a draft, a tender in review or an approved one, whatever else is said of it", () => {
    for (const status of ["DRAFT", "IN_REVIEW", "APPROVED"] as const) {
      expect(isPublicTender({ status, wasPublished: true })).toBe(false);
      expect(isPublicTender({ status, wasPublished: false })).toBe(false);
    }
  });

  it("published, in evaluation and awarded tenders are", () => {
    for (const status of ["PUBLISHED", "EVALUATION", "AWARDED"] as const) {
      expect(isPublicTender({ status, wasPublished: true })).toBe(true);
    }
  });

  it("a cancelled tender only when it had been published", () => {
    expect(isPublicTender({ status: "CANCELLED", wasPublished: true })).toBe(true);
    expect(isPublicTender({ status: "CANCELLED", wasPublished: false })).toBe(false);
  });

  it("every status is decided", () => {
    const decided = TENDER_STATUSES.map((status) => isPublicTender({ status, wasPublished: true }));
    expect(decided).toEqual([false, false, false, true, true, true, true]);
  });
});

describe("procurement method (method.csv)", () => {
  it("open for the open procedure, selective for the two-stage ones, limited without publication", () => {
    expect(PROCUREMENT_METHODS).toEqual({
      OPEN: "open",
      RESTRICTED: "selective",
      COMPETITIVE_NEGOTIATION: "selective",
      COMPETITIVE_DIALOGUE: "selective",
      INNOVATION_PARTNERSHIP: "selective",
      NEGOTIATED_WITHOUT_PUBLICATION: "limited",
      BELOW_THRESHOLD_NATIONAL: null,
    });
  });
});

describe("tender status (tenderStatus.csv)", () => {
  const won = { lotKey: "LOT-1", winner: { name: "Gamma" } };
  const lost = { lotKey: "LOT-2", winner: null };

  it("active while published and in evaluation, cancelled when cancelled", () => {
    expect(ocdsTenderStatus("PUBLISHED", [])).toBe("active");
    expect(ocdsTenderStatus("EVALUATION", [won])).toBe("active");
    expect(ocdsTenderStatus("CANCELLED", [])).toBe("cancelled");
  });

  it("once awarded: complete when a lot has a winner, unsuccessful when none has", () => {
    expect(ocdsTenderStatus("AWARDED", [won, lost])).toBe("complete");
    expect(ocdsTenderStatus("AWARDED", [lost])).toBe("unsuccessful");
  });

  it("each lot by its own decision once awarded, the tender's before", () => {
    expect(ocdsLotStatus("AWARDED", "LOT-1", [won, lost])).toBe("complete");
    expect(ocdsLotStatus("AWARDED", "LOT-2", [won, lost])).toBe("unsuccessful");
    expect(ocdsLotStatus("EVALUATION", "LOT-1", [won])).toBe("active");
    expect(ocdsLotStatus("CANCELLED", "LOT-1", [])).toBe("cancelled");
  });
});

describe("award status", () => {
  // Decided on 20 April: the standstill's last day is 30 April; the contract may be signed from 1 May.
  const award = { winner: { name: "Gamma" }, standstillEndsOn: "2026-04-30" };

  it("pending up to the standstill's last day, active from the day after", () => {
    expect(ocdsAwardStatus(award, "2026-04-20")).toBe("pending");
    expect(ocdsAwardStatus(award, "2026-04-30")).toBe("pending");
    expect(ocdsAwardStatus(award, "2026-05-01")).toBe("active");
  });

  it("unsuccessful without a winner", () => {
    expect(ocdsAwardStatus({ ...award, winner: null }, "2026-05-01")).toBe("unsuccessful");
  });
});
