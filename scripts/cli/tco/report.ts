import { createTranslator } from "use-intl/core";
import { tcoPartView } from "../../../lib/domain/assessment/assessment-view";
import { euros, type Exact } from "../../../lib/domain/assessment/exact";
import type { Tco, TcoPart, TcoSettings } from "../../../lib/domain/assessment/tco";
import en from "../../../lib/i18n/messages/en.json";

/** One bid of the file with its total cost of ownership. */
export type BidTco = {
  /** Position in the file's `bids` array. */
  index: number;
  receiptNumber: number | null;
  bidderName: string;
  lotKey: string | null;
  /** Whose internal cost lines apply: the bid's own, or the file's tender block. */
  internalCostsSource: "BID" | "TENDER";
  tco: Tco;
};

export type TcoReportInput = {
  file: string;
  currency: string;
  settings: TcoSettings & { lastYear: number };
  /** Where the rate and the horizon came from: the file's tender block or the command's options. */
  rateFrom: SettingSource;
  horizonFrom: SettingSource;
  bids: BidTco[];
};

export type SettingSource = "FILE" | "OPTION";

const t = createTranslator({ locale: "en", messages: en });

/** A problem's path in the file's naming: `costLines.3.year` of bid 2 → `bids[2].content.costLines[3].year`. */
export function filePath(bid: BidTco, path: string | undefined): string {
  const [head, ...rest] = (path ?? "").split(".");
  const prefix =
    head === "internalCosts"
      ? bid.internalCostsSource === "BID"
        ? `bids[${bid.index}].internalCosts`
        : "tender.internalCosts"
      : `bids[${bid.index}].content.${head}`;
  return prefix + rest.map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join("");
}

function problemsOf(bid: BidTco) {
  return bid.tco.problems.map((problem) => ({
    code: problem.code,
    severity: problem.severity,
    path: filePath(bid, problem.path),
    message: t(`problems.${problem.code}` as Parameters<typeof t>[0], problem.values),
  }));
}

// --- JSON -------------------------------------------------------------------------------------

export function jsonReport(input: TcoReportInput): string {
  const report = {
    file: input.file,
    currency: input.currency,
    settings: {
      discountRatePercent: input.settings.discountRatePercent,
      tcoHorizonYears: input.settings.tcoHorizonYears,
      lastYear: input.settings.lastYear,
      rateFrom: input.rateFrom === "FILE" ? "file" : "option",
      horizonFrom: input.horizonFrom === "FILE" ? "file" : "option",
    },
    bids: input.bids.map((bid) => ({
      index: bid.index,
      receiptNumber: bid.receiptNumber,
      bidderName: bid.bidderName,
      lotKey: bid.lotKey,
      internalCostsSource: bid.internalCostsSource === "BID" ? "bid" : "tender",
      bidderCosts: tcoPartView(bid.tco.bidder),
      internalCosts: tcoPartView(bid.tco.internal),
      combined: tcoPartView(bid.tco.combined),
      problems: problemsOf(bid),
    })),
  };
  return JSON.stringify(report, null, 2) + "\n";
}

// --- Text -------------------------------------------------------------------------------------

/** 123456789.5 cents → "1,234,567.90": the rounded amount with thousands separators. */
export function money(cents: Exact): string {
  const [whole = "0", fraction = "00"] = euros(cents).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  return `${sign}${whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

/** Columns separated by two spaces; the first aligned left, the others right. */
function table(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(
    (row) => indent + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ").trimEnd(), // prettier-ignore
  );
}

function categoryTable(title: string, part: TcoPart): string[] {
  const rows = [
    [title, "Nominal", "Discounted"],
    ...part.byCategory.map((entry) => [`  ${entry.category}`, money(entry.nominal), money(entry.discounted)]),
    ["  Total", money(part.total.nominal), money(part.total.discounted)],
  ];
  return table(rows, "  ");
}

function yearTable(tco: Tco): string[] {
  const horizon = tco.settings.tcoHorizonYears;
  const label = (year: number) => (year === 0 ? "0 start" : year > horizon ? `${year} exit` : String(year));
  const rows = [
    ["Year", "Bidder nominal", "Bidder discounted", "Internal nominal", "Internal discounted", "Cumulative discounted"],
    ...tco.combined.byYear.map((together, year) => [
      `  ${label(year)}`,
      money(tco.bidder.byYear[year]!.nominal),
      money(tco.bidder.byYear[year]!.discounted),
      money(tco.internal.byYear[year]!.nominal),
      money(tco.internal.byYear[year]!.discounted),
      money(together.cumulativeDiscounted),
    ]),
  ];
  return table(rows, "  ");
}

export function humanReport(input: TcoReportInput): string {
  const lines = [`Total cost of ownership of the bids in ${input.file}`];
  const settings = input.settings;
  const rateFrom = input.rateFrom === "FILE" ? "the file" : "--rate";
  const horizonFrom = input.horizonFrom === "FILE" ? "the file" : "--horizon";
  lines.push(
    `Discount rate ${settings.discountRatePercent} % (real, from ${rateFrom}); ${settings.tcoHorizonYears} contract years (from ${horizonFrom}), exit period up to year ${settings.lastYear}.`,
    `Amounts in ${input.currency}, rounded half up to the cent; discounted = amount / (1 + rate)^year.`,
  );
  if (input.bids.length === 0) lines.push("", "The file has no bids.");
  for (const bid of input.bids) {
    const receipt = bid.receiptNumber === null ? "" : `, receipt ${bid.receiptNumber}`;
    const lot = bid.lotKey === null ? "" : `, lot ${bid.lotKey}`;
    const source = bid.internalCostsSource === "BID" ? "this bid's own" : "the tender's";
    lines.push(
      "",
      `Bid ${bid.index + 1}: ${bid.bidderName}${receipt}${lot}`,
      ...categoryTable("Bidder's prices", bid.tco.bidder),
      ...categoryTable(`Internal costs (${source}, kept apart)`, bid.tco.internal),
      ...yearTable(bid.tco),
      `  Together: nominal ${money(bid.tco.combined.total.nominal)}, discounted ${money(bid.tco.combined.total.discounted)}`,
      ...problemsOf(bid).map((problem) => `  ${problem.severity === "error" ? "Error" : "Warning"} at ${problem.path}: ${problem.message}`), // prettier-ignore
    );
  }
  return lines.join("\n") + "\n";
}
