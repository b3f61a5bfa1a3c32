import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../project-root";
import { runCli, type CliIo } from "../main";

let folder: string;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "evaluate-cli-"));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The example of docs/evaluation-file.md, whose figures docs/evaluation.md works out by hand. */
const EXAMPLE = JSON.parse(
  /```json\n([\s\S]*?)\n```/.exec(fs.readFileSync(fromRoot("docs/evaluation-file.md"), "utf8"))![1]!,
) as Record<string, unknown> & { bids: Record<string, unknown>[] };

function file(name: string, content: unknown): string {
  const target = path.join(folder, name);
  fs.writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return target;
}

async function evaluate(...args: string[]) {
  const io = { stdout: "", stderr: "" };
  const cliIo: CliIo = { out: (text) => void (io.stdout += text), err: (text) => void (io.stderr += text) };
  const status = await runCli(["evaluate", ...args], cliIo);
  return { status, ...io };
}

const squeeze = (text: string) => text.split("\n").map((line) => line.trim().replace(/\s+/g, " "));

describe("tender-commons evaluate", () => {
  it("prints the ranking, the exclusions, the disagreements, the sensitivity and the rank-reversal check; exit 0", async () => {
    const { status, stdout, stderr } = await evaluate(file("example.json", EXAMPLE));
    expect([status, stderr]).toEqual([0, ""]);
    const lines = squeeze(stdout);
    // Totals and TCOs worked out in docs/evaluation.md.
    expect(lines).toContain("1 2. Bravo Systems 89.36 55.50 33.86 24,809.52");
    expect(lines).toContain("2 1. Alpha Software 83.00 43.00 40.00 21,000.00 total");
    expect(lines).toContain("3 3. Charlie Cloud 59.85 32.75 27.10 31,000.00 total");
    expect(lines).toContain("Outcome: Bravo Systems ranks first, on the total.");
    expect(lines).toContain("4. Delta Services: below the minimum sovereignty level on SOV-2");
    expect(lines).toContain("Charlie Cloud, Support and maintenance: scores 1, 3, 4 (spread 3); final 3.00");
    expect(lines).toContain("Quality 40 -16.14 pp (23.86 %): Alpha Software draws level no change up to 100 %");
    expect(stdout).toContain(
      "The result is robust. The smallest change that alters it is lowering “Quality” by 16.14 percentage points (from 40 % to 23.86 %), where Alpha Software draws level with Bravo Systems",
    );
    expect(lines).toContain("Without Alpha Software: no pair changes order");
  });

  it("prints the documented JSON with --json", async () => {
    const { status, stdout } = await evaluate(file("example.json", EXAMPLE), "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.format).toBe("tender-commons/evaluation-result");
    expect(report.tender).toEqual({ reference: "MIN-2026-0042", title: "Case management platform", currency: "EUR" });
    const lot = report.evaluation.lots[0];
    expect(lot.outcome).toEqual({ kind: "WINNER", bidId: "bid-2", decidedBy: "TOTAL" });
    expect(lot.ranking[0].totalPoints).toEqual({ shown: "89.36", exact: "93111/1042" });
    expect(lot.sensitivity.statement.code).toBe("evaluationMethod.robustness.robustDecrease");
    expect(lot.rankReversal.flipCount).toBe(0);
  });

  /**
   * The example with its openness criterion computed automatically, licences 50 %, standards 50 %,
   * and no panel score on it. By hand (points out of the criterion's 10):
   * - Alpha: 120 of 120 components open or free, 3 of 3 standards: 1 → 10, as its consensus 5 gave;
   * - Bravo: 30 of 40 (3/4), 2 met and 1 partly of 3 (5/6): (3/4 + 5/6) / 2 = 19/24 → 95/12 ≈ 7.92;
   *   quality 20 + 20 + 95/12 + 7.5 = 665/12 ≈ 55.42; total 665/12 + 17 640/521 = 558 145/6 252 ≈ 89.27;
   * - Charlie: open-washing (licences 0), 1 of 3 standards: (0 + 1/3) / 2 = 1/6 → 5/3 ≈ 1.67; quality
   *   12 + 12 + 5/3 + 2.75 = 341/12 ≈ 28.42; total 341/12 + 840/31 = 20 651/372 ≈ 55.51;
   * - Delta, below the sovereignty minimum, lists no component: 0, and is excluded anyway.
   */
  it("recomputes an openness criterion computed automatically from the bids' findings", async () => {
    type Entry = { criterionKey: string };
    type Bid = { openness: unknown; scores: Entry[] };
    const automatic = structuredClone(EXAMPLE) as unknown as {
      award: { criteria: Record<string, unknown>[] };
      bids: Bid[];
    };
    automatic.award.criteria[2]!.automaticOpenness = { licencesPercent: 50, standardsPercent: 50 };
    const findings = (components: number, open: number, notOpen: number, met: number, partlyMet: number, percent: number, openWashing = false) => ({ components, openComponents: open, freeNotOsiComponents: components - open - notOpen, notOpenComponents: notOpen, unknownComponents: 0, standardsCoveragePercent: percent, standards: { required: 3, met, partlyMet }, openWashing }); // prettier-ignore
    const inputs = [findings(120, 118, 0, 3, 0, 100), findings(40, 30, 10, 2, 1, 83.33), findings(10, 5, 5, 1, 0, 33.33, true), findings(0, 0, 0, 0, 0, 0)]; // prettier-ignore
    automatic.bids.forEach((bid, index) => {
      bid.openness = inputs[index];
      bid.scores = bid.scores.filter((entry) => entry.criterionKey !== "openness");
    });
    const { status, stdout, stderr } = await evaluate(file("automatic.json", automatic));
    expect([status, stderr]).toEqual([0, ""]);
    const lines = squeeze(stdout);
    expect(lines).toContain("1 2. Bravo Systems 89.27 55.42 33.86 24,809.52");
    expect(lines).toContain("2 1. Alpha Software 83.00 43.00 40.00 21,000.00 total");
    expect(lines).toContain("3 3. Charlie Cloud 55.51 28.42 27.10 31,000.00 total");
    expect(lines).toContain("2. Bravo Systems 30 of 40 = 75.00 % 2 + 1/2 of 3 = 83.33 % 79.17 % 7.92");
    expect(lines).toContain("3. Charlie Cloud 0 % (open-washing) 1 + 0/2 of 3 = 33.33 % 16.67 % 1.67");
    const json = JSON.parse((await evaluate(file("automatic.json", automatic), "--json")).stdout);
    expect(json.evaluation.lots[0].ranking[0].totalPoints).toEqual({ shown: "89.27", exact: "558145/6252" });

    // The same file with a panel score left on the automatic criterion is refused, with its path.
    automatic.bids[0]!.scores.push((EXAMPLE.bids[0]!.scores as Entry[])[2]!);
    const refused = await evaluate(file("scored.json", automatic));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("at bids[0].scores[2].criterionKey: “openness” is computed automatically");
  });

  it("reports an unresolved tie and still exits 0", async () => {
    const twin = { ...EXAMPLE.bids[1], id: "bid-5", receiptNumber: 5, label: "Bravo Twin" };
    const { status, stdout } = await evaluate(file("tie.json", { ...EXAMPLE, bids: [...EXAMPLE.bids, twin] }));
    expect(status).toBe(0);
    expect(stdout).toContain("Outcome: unresolved tie between Bravo Systems and Bravo Twin");
    expect(stdout).toContain("There is no winner to test");
  });

  describe("bad input: a precise message, nothing computed, exit 1", () => {
    it.each<[string, string | object, string]>([
      [
        "not JSON",
        '{\n  "format": "tender-commons/evaluation",\n  "version": 1,\n}',
        "is not valid JSON: line 4, column 1",
      ],
      [
        "another format",
        { format: "tender-commons/bids", version: 1 },
        'it says format "tender-commons/bids"; expected "format": "tender-commons/evaluation"',
      ],
      [
        "another version",
        { ...EXAMPLE, version: 2 },
        "is an evaluation file of version 2; this tender-commons reads version 1",
      ],
      ["an array", [], "is not an evaluation file: it must be one JSON object"],
    ])("%s", async (name, content, message) => {
      const { status, stdout, stderr } = await evaluate(file(`${name}.json`, content));
      expect([status, stdout]).toEqual([1, ""]);
      expect(stderr).toContain(message);
    });

    it("lists every invalid value with its path", async () => {
      const bids = structuredClone(EXAMPLE.bids) as any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
      bids[0].scores[0].evaluations[1].justification = " ";
      bids[1].scores[2].evaluations[0].score = "four";
      bids[2].sovereignty["SOV-3"] = { claimed: 5, reviewed: null };
      bids[3].lotkey = null;
      const { status, stderr } = await evaluate(file("broken.json", { ...EXAMPLE, bids }));
      expect(status).toBe(1);
      expect(squeeze(stderr)).toEqual([
        expect.stringMatching(/broken\.json has 4 problems; nothing was computed:$/),
        "at bids[0].scores[0].evaluations[1].justification: Enter a value",
        "at bids[1].scores[2].evaluations[0].score: Enter a number",
        "at bids[2].sovereignty.SOV-3.claimed: Enter a whole number from 0 to 4",
        'at bids[3]: Unrecognized key: "lotkey"',
        "",
      ]);
    });

    it("then checks the whole file as the app does", async () => {
      const bids = structuredClone(EXAMPLE.bids) as any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
      bids[0].scores[1].consensus = null;
      bids[1].scores[0].evaluations[2].score = 6;
      bids[2].scores[0].evaluations[0].evaluatorId = "ghost";
      const award = { ...(EXAMPLE.award as object), minimumQualityPoints: 95 };
      const { status, stderr } = await evaluate(file("unfinished.json", { ...EXAMPLE, award, bids }));
      expect(status).toBe(1);
      expect(squeeze(stderr).slice(1, -1)).toEqual([
        "at award.minimumQualityPoints: Enter the minimum quality points as a number above 0 and at most 60, with at most two decimals",
        "at bids[0].scores[1].consensus: The tender uses the panel's consensus, and none is recorded for this criterion yet.",
        "at bids[1].scores[0].evaluations[2].score: A score must be a whole number from 0 to 5.",
        "at bids[2].scores[0].evaluations[0].evaluatorId: “ghost” is not one of the evaluators.",
      ]);
    });

    it("a missing file, a folder", async () => {
      expect((await evaluate(path.join(folder, "none.json"))).stderr).toContain("none.json: no such file.");
      expect((await evaluate(folder)).stderr).toContain("is a folder; give an evaluation file (.json).");
    });
  });

  it("bad usage: exit 2", async () => {
    expect((await evaluate()).status).toBe(2);
    expect((await evaluate("a.json", "b.json")).status).toBe(2);
    expect((await evaluate("a.json", "--rate", "3")).status).toBe(2);
  });
});
