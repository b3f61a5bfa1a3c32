import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../main";

let folder: string;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "tco-cli-"));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const target = path.join(folder, name);
  fs.writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return target;
}

async function tco(...args: string[]) {
  const io = { stdout: "", stderr: "" };
  const cliIo: CliIo = { out: (text) => void (io.stdout += text), err: (text) => void (io.stderr += text) };
  const status = await runCli(["tco", ...args], cliIo);
  return { status, ...io };
}

const bidder = { name: "Codeworks Coop", country: "BE", registrationId: "BE0123456789", isSme: true };

// The worked example of docs/assessment.md: 5 %, 2 contract years, exit year 3.
// Bidder: 1 000 000 at t = 0, 210 000 at t = 1 (/1.05 = 200 000), 220 500 at t = 2 (/1.1025 = 200 000),
// exit 231 525 at t = 3 (/1.157625 = 200 000): nominal 1 662 025, discounted 1 600 000 cents.
// Internal (the tender's): 105 000 at t = 1 and 110 250 at t = 2 → nominal 215 250, discounted 200 000.
const EXAMPLE = {
  format: "tender-commons/bids",
  version: 1,
  tender: {
    reference: "FIN-2026-0007",
    discountRatePercent: 5,
    tcoHorizonYears: 2,
    internalCosts: [
      { category: "INTERNAL_STAFF", year: 1, amountCents: 105_000, note: "" },
      { category: "INTERNAL_STAFF", year: 2, amountCents: 110_250, note: "" },
    ],
  },
  bids: [
    {
      receiptNumber: 1,
      content: {
        bidder,
        costLines: [
          { category: "IMPLEMENTATION", year: 0, amountCents: 1_000_000, note: "" },
          { category: "SUPPORT_MAINTENANCE", year: 1, amountCents: 210_000, note: "" },
          { category: "SUPPORT_MAINTENANCE", year: 2, amountCents: 220_500, note: "" },
          { category: "EXIT", year: 3, amountCents: 231_525, note: "" },
        ],
      },
    },
    {
      content: {
        bidder: { ...bidder, name: "Big Vendor SA" },
        costLines: [{ category: "LICENCES", year: 1, amountCents: 300_000, note: "" }],
      },
      internalCosts: [],
    },
  ],
};

describe("tender-commons tco", () => {
  it("prints each bid by category and year, nominal and discounted, internal costs apart; exit 0", async () => {
    const { status, stdout, stderr } = await tco(file("example.json", EXAMPLE));
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(
      "Discount rate 5 % (real, from the file); 2 contract years (from the file), exit period up to year 3.",
    );
    const lines = stdout.split("\n").map((line) => line.trim().replace(/\s+/g, " "));
    expect(lines).toContain("Bid 1: Codeworks Coop, receipt 1");
    // 210 000 + 220 500 = 430 500 cents nominal; 400 000 discounted.
    expect(lines).toContain("SUPPORT_MAINTENANCE 4,305.00 4,000.00");
    expect(lines).toContain("Total 16,620.25 16,000.00");
    expect(lines).toContain("Internal costs (the tender's, kept apart) Nominal Discounted");
    expect(lines).toContain("Total 2,152.50 2,000.00");
    // Year 1: bidder 2 100.00 / 2 000.00, internal 1 050.00 / 1 000.00, cumulative 10 000 + 2 000 + 1 000 = 13 000.
    expect(lines).toContain("1 2,100.00 2,000.00 1,050.00 1,000.00 13,000.00");
    expect(lines).toContain("3 exit 2,315.25 2,000.00 0.00 0.00 18,000.00");
    expect(lines).toContain("Together: nominal 18,772.75, discounted 18,000.00");
    // Bid 2: 300 000 / 1.05 = 285 714.2857… → 2 857.14; its own internal costs (none); no exit line.
    expect(lines).toContain("Internal costs (this bid's own, kept apart) Nominal Discounted");
    expect(lines).toContain("LICENCES 3,000.00 2,857.14");
    expect(lines).toContainEqual(
      expect.stringMatching(/^Warning at bids\[1\]\.content\.costLines: The bid has no exit cost line/),
    );
  });

  it("prints JSON with --json: cents rounded half up, the exact discounted value, paths in the file", async () => {
    const { status, stdout } = await tco(file("example2.json", EXAMPLE), "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.settings).toEqual({
      discountRatePercent: 5,
      tcoHorizonYears: 2,
      lastYear: 3,
      rateFrom: "file",
      horizonFrom: "file",
    });
    expect(report.bids[0].bidderCosts.total).toEqual({
      nominalCents: 1_662_025,
      discountedCents: 1_600_000,
      discountedCentsExact: "1600000",
    });
    expect(report.bids[0].internalCostsSource).toBe("tender");
    expect(report.bids[0].internalCosts.total.discountedCents).toBe(200_000);
    expect(
      report.bids[0].combined.byYear.map(
        (year: { cumulativeDiscountedCents: number }) => year.cumulativeDiscountedCents,
      ),
    ).toEqual([1_000_000, 1_300_000, 1_600_000, 1_800_000]);
    // 300 000 / 1.05 = 285 714.285714… → 285 714 cents.
    expect(report.bids[1].bidderCosts.total.discountedCents).toBe(285_714);
    expect(report.bids[1].bidderCosts.total.discountedCentsExact).toMatch(/^285714\.2857142857/);
    expect(report.bids[1].problems).toEqual([
      {
        code: "tco.exitMissing",
        severity: "warning",
        path: "bids[1].content.costLines",
        message: expect.stringContaining("no exit cost line"),
      },
    ]);
  });

  it("lets --rate and --horizon override the file, and requires them without a tender block", async () => {
    // At 0 % over 3 years the first bid's discounted total is its nominal total, 1 662 025 cents.
    const overridden = JSON.parse(
      (await tco(file("o.json", EXAMPLE), "--json", "--rate", "0", "--horizon", "3")).stdout,
    );
    expect(overridden.settings).toMatchObject({
      discountRatePercent: 0,
      tcoHorizonYears: 3,
      lastYear: 4,
      rateFrom: "option",
    });
    expect(overridden.bids[0].bidderCosts.total.discountedCents).toBe(1_662_025);

    const { tender: _tender, ...withoutTender } = EXAMPLE;
    const bare = file("bare.json", withoutTender);
    const missing = await tco(bare, "--rate", "3");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      `${bare} has no "tender" block with the discount rate and horizon; give --horizon.`,
    );
    const given = JSON.parse((await tco(bare, "--json", "--rate", "3.5", "--horizon", "4")).stdout);
    expect(given.settings).toMatchObject({ discountRatePercent: 3.5, tcoHorizonYears: 4 });
    // Without a tender block, a bid without its own internal costs has none.
    expect(given.bids[0].internalCosts.total.nominalCents).toBe(0);
  });

  it("refuses option values out of range with exit 2", async () => {
    const example = file("r.json", EXAMPLE);
    for (const args of [
      ["--rate", "16"],
      ["--rate", "3.125"],
      ["--rate", "-1"],
      ["--horizon", "0"],
      ["--horizon", "2.5"],
    ]) {
      const result = await tco(example, ...args);
      expect(result.status, args.join(" ")).toBe(2);
    }
    expect((await tco(example, "--rate", "abc")).stderr).toContain("--rate must be a percentage from 0 to 15");
    expect((await tco()).stderr).toContain("no file given");
  });

  describe("bad input: exit 1 and a precise message", () => {
    it("names the line and column of a JSON syntax error", async () => {
      const broken = file("broken.json", '{\n  "format": "tender-commons/bids",\n  "version": 1,,\n}');
      const { status, stderr } = await tco(broken);
      expect(status).toBe(1);
      expect(stderr).toContain(`${broken} is not valid JSON: line 3, column 16:`);
    });

    it("says which format and version it reads", async () => {
      const other = await tco(file("other.json", { format: "cyclonedx", bids: [] }));
      expect(other.stderr).toContain(`it says format "cyclonedx"; expected "format": "tender-commons/bids".`);
      expect((await tco(file("none.json", [1, 2]))).stderr).toContain("it must be one JSON object");
      const version = await tco(file("v2.json", { format: "tender-commons/bids", version: 2, bids: [] }));
      expect(version.status).toBe(1);
      expect(version.stderr).toContain("is a bids file of version 2; this tender-commons reads version 1.");
    });

    it("lists every invalid value with its path in the file, in the app's words", async () => {
      const invalid = structuredClone(EXAMPLE) as typeof EXAMPLE & { bids: { content: Record<string, unknown> }[] };
      invalid.bids[0]!.content.costLines = [
        { category: "IMPLEMENTATION", year: 0, amountCents: -5, note: "" },
        { category: "LUNCH", year: 1.5, amountCents: 1, note: "" },
      ];
      const { status, stderr, stdout } = await tco(file("invalid.json", invalid));
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.split("\n").slice(1, 4)).toEqual([
        "  at bids[0].content.costLines[0].amountCents: The amount cannot be negative",
        "  at bids[0].content.costLines[1].category: Choose one of the cost categories listed",
        "  at bids[0].content.costLines[1].year: Enter the year as a whole number: 0 for one-off costs at the start, 1 for the first contract year, and so on",
      ]);
      expect(stderr).toContain("has 3 invalid values; nothing was computed:");
    });

    it("refuses a file above 50 MB before reading it", async () => {
      const huge = path.join(folder, "huge.json");
      fs.writeFileSync(huge, "");
      fs.truncateSync(huge, 60 * 1024 * 1024); // sparse: no 60 MB written
      const { status, stderr } = await tco(huge);
      expect(status).toBe(1);
      expect(stderr).toContain(`${huge} is 60.0 MB; tender-commons tco reads bids files of up to 50 MB.`);
    });

    it("says when the file is missing, a folder or not UTF-8", async () => {
      expect((await tco(path.join(folder, "nope.json"))).stderr).toContain("nope.json: no such file.");
      expect((await tco(folder)).stderr).toContain("is a folder");
      const latin1 = path.join(folder, "latin1.json");
      fs.writeFileSync(latin1, Buffer.from([0x7b, 0xe9, 0x7d]));
      expect((await tco(latin1)).stderr).toContain("is not UTF-8 text (at byte 1)");
    });
  });

  it("is listed in the help", async () => {
    const io = { stdout: "" };
    await runCli(["--help"], { out: (text) => void (io.stdout += text), err: () => undefined });
    expect(io.stdout).toMatch(/tco <file>\s+Total cost of ownership/);
  });
});
