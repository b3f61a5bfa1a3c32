import { describe, expect, it } from "vitest";
import type { BidContent } from "@/lib/domain/bids/bid-model";
import { OPEN_STANDARDS } from "@/lib/domain/standards/open-standards";
import { bidContentSchema } from "@/lib/schemas/bid";
import { GRANTS_PLATFORM_REQUIRED_STANDARDS } from "./demo-bids";
import { GRANTS_PLATFORM_TITLE } from "./demo-grants-tender";
import { demoTenders } from "./demo-tenders";

const tender = demoTenders("2026-11-21").find((candidate) => candidate.title === GRANTS_PLATFORM_TITLE)!;
const bids = tender.bids!;
const byName = (name: string) => bids.find((bid) => bid.content.bidder.name.startsWith(name))!.content;
const nominal = (content: BidContent) => content.costLines.reduce((total, line) => total + line.amountCents, 0);

describe("the demo bids of the grants platform", () => {
  it("are three bids whose content the bid schema accepts as it is", () => {
    expect(bids).toHaveLength(3);
    for (const bid of bids) expect(bidContentSchema.parse(bid.content)).toEqual(bid.content);
  });

  it("price years 0 to 5 only (start, four contract years, the exit year), with positive amounts", () => {
    expect(tender.sections.award?.tcoHorizonYears).toBe(4);
    for (const bid of bids) {
      for (const line of bid.content.costLines) {
        expect(line.year).toBeGreaterThanOrEqual(0);
        expect(line.year).toBeLessThanOrEqual(5);
        expect(line.amountCents).toBeGreaterThan(0);
      }
    }
    for (const line of tender.internalCosts!) expect(line.year).toBeLessThanOrEqual(5);
  });

  it("answer on every standard the tender's clauses require, with standards of the catalogue", () => {
    for (const id of GRANTS_PLATFORM_REQUIRED_STANDARDS) expect(OPEN_STANDARDS.some((s) => s.id === id)).toBe(true);
    for (const bid of bids) {
      expect(bid.content.standardAnswers.map((answer) => answer.standardId).sort()).toEqual(
        [...GRANTS_PLATFORM_REQUIRED_STANDARDS].sort(),
      );
    }
  });

  it("include an open bid with an exit plan, an open-washing bid and a low one without exit costs", () => {
    const cooperative = byName("Codeworks");
    expect(cooperative.components.filter((c) => c.relation === "DELIVERED").map((c) => c.licence)).toEqual([
      "EUPL-1.2",
    ]);
    expect(cooperative.costLines.some((line) => line.category === "EXIT" && line.year === 5)).toBe(true);

    const integrator = byName("Atlantis");
    expect(integrator.claimsOpenSource).toBe(true);
    expect(integrator.components).toContainEqual(
      expect.objectContaining({ licence: "BUSL-1.1", relation: "DELIVERED" }),
    );
    expect(integrator.components).toContainEqual(
      expect.objectContaining({ isAiModel: true, licence: "LicenseRef-Llama-3.1-Community" }),
    );

    const low = byName("Nimbus");
    expect(low.costLines.some((line) => line.category === "EXIT")).toBe(false);
  });

  it("make the low bid far below the others (more than 20 % under their mean, under half the estimate)", () => {
    // By hand, nominal euros:
    //   Codeworks 480,000 + 60,000 + 25,000 + 4 × 95,000 + 4 × 30,000 + 40,000 + 4 × 12,000 + 45,000 = 1,198,000
    //   Atlantis  4 × 140,000 + 390,000 + 75,000 + 30,000 + 4 × 85,000 + 4 × 48,000 + 2 × 35,000 + 4 × 15,000
    //             + 120,000 = 1,837,000
    //   Nimbus    150,000 + 15,000 + 4 × 30,000 + 4 × 12,000 = 333,000
    // Mean of the other two: 1,517,500; 80 % of it 1,214,000; half the estimate 800,000.
    expect(nominal(byName("Codeworks"))).toBe(1_198_000_00);
    expect(nominal(byName("Atlantis"))).toBe(1_837_000_00);
    expect(nominal(byName("Nimbus"))).toBe(333_000_00);
    expect(Number(tender.estimatedValueCents)).toBe(1_600_000_00);
  });

  it("keep attachments to objectives the bid claims, in text a browser may show", () => {
    for (const bid of bids) {
      for (const attachment of bid.attachments) {
        expect(attachment.mediaType).toBe("text/plain");
        if (attachment.objective) expect(Object.keys(bid.content.sovereigntyClaims)).toContain(attachment.objective);
      }
    }
  });
});
