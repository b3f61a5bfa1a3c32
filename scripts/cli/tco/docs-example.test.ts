import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { computeTco } from "../../../lib/domain/assessment/tco";
import { fromRoot } from "../../project-root";
import { parseBidsFile } from "./bids-file";

/** The example of docs/bids-file.md stays a valid bids file with the totals docs/assessment.md gives. */
describe("the example of docs/bids-file.md", () => {
  const markdown = fs.readFileSync(fromRoot("docs/bids-file.md"), "utf8");
  const example = /```json\n([\s\S]*?)\n```/.exec(markdown)![1]!;

  it("is a valid bids file", () => {
    const parsed = parseBidsFile(example);
    expect(parsed.ok ? "valid" : parsed.message).toBe("valid");
  });

  it("costs EUR 16,000.00 discounted for the bidder and EUR 2,000.00 internal", () => {
    const parsed = parseBidsFile(example);
    if (!parsed.ok) throw new Error(parsed.message);
    const { tender, bids } = parsed.file;
    const tco = computeTco(bids[0]!.content.costLines, tender!.internalCosts, tender!);
    // See the worked example of docs/assessment.md: 10 000 + 2 100/1.05 + 2 205/1.05² + 2 315.25/1.05³.
    expect(tco.bidder.total.discounted.toFixed()).toBe("1600000");
    expect(tco.bidder.total.nominal.toFixed()).toBe("1662025");
    expect(tco.internal.total.discounted.toFixed()).toBe("200000");
    expect(tco.problems).toEqual([]);
  });
});
