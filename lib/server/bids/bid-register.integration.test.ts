import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { createPublishedTender, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { yesterday } from "@/scripts/testing/bid-reception";
import { connectTestDatabase, createRoleViewers, type RoleViewers } from "@/scripts/testing/test-database";
import { getBidRegister } from "./bid-register";
import { registerBids } from "./register-bids";

const db: Db = connectTestDatabase();
let viewers: RoleViewers;
beforeAll(async () => {
  viewers = await createRoleViewers(db);
});
afterAll(() => db.$disconnect());

async function tenderWithBid() {
  const tender = await createPublishedTender(db, viewers.DRAFTER.organisation.id);
  await db.$transaction((tx) =>
    registerBids(tx, viewers.DRAFTER, {
      tenderId: tender.id,
      source: "FORM",
      bids: [{ receivedAt: new Date(`${yesterday()}T10:00:00Z`), content: sampleBidContent() }],
    }),
  );
  return tender;
}

describe("the bids register", () => {
  it("shows receipts and who entered them, never the bidder, while sealed", async () => {
    const tender = await tenderWithBid();
    for (const role of ["DRAFTER", "ADMIN", "EVALUATOR"] as const) {
      const register = await getBidRegister(db, viewers[role], tender.id);
      expect(register).toMatchObject({ opened: false, reception: "OPEN" });
      expect(register.rows).toEqual([
        expect.objectContaining({ receiptNumber: 1, source: "FORM", bidderName: null, withdrawnAt: null }),
      ]);
      expect(register.rows[0]!.enteredBy).toMatch(/^Member /);
      expect(JSON.stringify(register)).not.toContain("Codeworks");
    }
  });

  it("is not found for the OSPO, another organisation, and an evaluator on a draft", async () => {
    const tender = await tenderWithBid();
    for (const role of ["OSPO", "OTHER_DRAFTER"] as const) {
      await expect(getBidRegister(db, viewers[role], tender.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await db.tender.update({ where: { id: tender.id }, data: { status: "DRAFT" } });
    await expect(getBidRegister(db, viewers.EVALUATOR, tender.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getBidRegister(db, viewers.DRAFTER, tender.id)).toMatchObject({ reception: "NOT_PUBLISHED" });
  });

  it("names the bidders once the bids are opened (to the procurement staff), and says the register is closed", async () => {
    const tender = await tenderWithBid();
    await db.bidOpening.create({
      data: {
        tenderId: tender.id,
        requestedById: viewers.DRAFTER.userId,
        confirmedById: viewers.ADMIN.userId,
        openedAt: new Date(),
      },
    });
    for (const role of ["DRAFTER", "ADMIN"] as const) {
      const register = await getBidRegister(db, viewers[role], tender.id);
      expect(register).toMatchObject({ opened: true, reception: "OPENED" });
      expect(register.rows[0]!.bidderName).toBe("Codeworks Coop");
    }
    // An evaluator sees the receipts, never a bidder, until they sit on the tender's panel.
    const register = await getBidRegister(db, viewers.EVALUATOR, tender.id);
    expect(register).toMatchObject({ opened: true, reception: "OPENED" });
    expect(register.rows).toEqual([expect.objectContaining({ receiptNumber: 1, bidderName: null })]);
    expect(JSON.stringify(register)).not.toContain("Codeworks");
  });
});
