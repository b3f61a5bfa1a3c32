import { lastCostYear } from "../../../lib/domain/bids/cost-years";
import { computeTco } from "../../../lib/domain/assessment/tco";
import { MAX_DISCOUNT_RATE_PERCENT, MAX_TCO_HORIZON_YEARS } from "../../../lib/domain/tender/award-settings";
import type { Command } from "../main";
import { readBidsFile } from "./bids-file";
import { humanReport, jsonReport, type BidTco } from "./report";

/** Exit statuses: 0 computed (warnings may be printed), 1 the file is not a valid bids file, 2 bad usage. */
export const EXIT_BAD_FILE = 1;
const EXIT_USAGE = 2;

const USAGE = "Usage: tender-commons tco <file> [--json] [--rate <percent>] [--horizon <years>]\n";

export const tcoCommand: Command = {
  name: "tco",
  args: "<file>",
  summary: "Total cost of ownership of the bids in a bids JSON file, per bid, category and year",
  details: [
    "Reads a bids file (docs/bids-file.md), up to 50 MB, and prints each bid's costs by category and",
    "by year, nominal and discounted (NPV = sum of C_t / (1 + r)^t), the authority's internal costs",
    "apart, with warnings (no exit line, years after the exit period). --json prints the same as",
    "JSON (docs/assessment.md). The rate and horizon come from the file's tender block; --rate",
    "(percent, 0-15) and --horizon (contract years, 1-30) override it, and are required without it.",
    "Exit status: 0 computed, 1 the file cannot be read or is not a valid bids file, 2 bad usage.",
  ].join("\n"),
  options: { json: { type: "boolean" }, rate: { type: "string" }, horizon: { type: "string" } },
  allowPositionals: true,
  run: async ({ io, values, positionals }) => {
    if (positionals.length !== 1) {
      io.err(`tender-commons tco: ${positionals.length === 0 ? "no file given" : "give one file"}.\n${USAGE}`);
      return EXIT_USAGE;
    }
    const rate = readOption(values.rate, /^\d{1,2}(\.\d{1,2})?$/, MAX_DISCOUNT_RATE_PERCENT, 0);
    if (rate === "invalid") {
      io.err(`tender-commons tco: --rate must be a percentage from 0 to 15 with at most 2 decimals, like 3 or 3.5.\n${USAGE}`); // prettier-ignore
      return EXIT_USAGE;
    }
    const horizon = readOption(values.horizon, /^\d{1,2}$/, MAX_TCO_HORIZON_YEARS, 1);
    if (horizon === "invalid") {
      io.err(`tender-commons tco: --horizon must be a whole number of contract years from 1 to 30.\n${USAGE}`);
      return EXIT_USAGE;
    }

    const file = positionals[0]!;
    const read = readBidsFile(file);
    if (!read.ok) {
      io.err(`tender-commons tco: ${read.message}\n`);
      return EXIT_BAD_FILE;
    }
    const { tender, bids } = read.file;
    const discountRatePercent = rate ?? tender?.discountRatePercent;
    const tcoHorizonYears = horizon ?? tender?.tcoHorizonYears;
    if (discountRatePercent === undefined || tcoHorizonYears === undefined) {
      const missing = [rate === undefined ? "--rate" : null, horizon === undefined ? "--horizon" : null].filter(
        Boolean,
      );
      io.err(`tender-commons tco: ${file} has no "tender" block with the discount rate and horizon; give ${missing.join(" and ")}.\n${USAGE}`); // prettier-ignore
      return EXIT_USAGE;
    }

    const settings = { discountRatePercent, tcoHorizonYears };
    const results: BidTco[] = bids.map((bid, index) => ({
      index,
      receiptNumber: bid.receiptNumber ?? null,
      bidderName: bid.content.bidder.name,
      lotKey: bid.content.lotKey,
      internalCostsSource: bid.internalCosts === null ? "TENDER" : "BID",
      tco: computeTco(bid.content.costLines, bid.internalCosts ?? tender?.internalCosts ?? [], settings),
    }));
    const input = {
      file,
      currency: tender?.currency ?? "EUR",
      settings: { ...settings, lastYear: lastCostYear(tcoHorizonYears) },
      rateFrom: rate === undefined ? ("FILE" as const) : ("OPTION" as const),
      horizonFrom: horizon === undefined ? ("FILE" as const) : ("OPTION" as const),
      bids: results,
    };
    io.out(values.json ? jsonReport(input) : humanReport(input));
    return 0;
  },
};

/** undefined when not given, the number when valid, "invalid" otherwise. */
function readOption(value: unknown, pattern: RegExp, max: number, min: number): number | undefined | "invalid" {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !pattern.test(value.trim())) return "invalid";
  const number = Number(value.trim());
  return number >= min && number <= max ? number : "invalid";
}
