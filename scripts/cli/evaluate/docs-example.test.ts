import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateTender } from "../../../lib/domain/evaluation/evaluate-tender";
import { toExactText } from "../../../lib/domain/rational";
import { evaluationInputOf } from "../../../lib/schemas/evaluation-file";
import { fromRoot } from "../../project-root";
import { parseEvaluationFile } from "./evaluation-file";

/** The example of docs/evaluation-file.md stays valid and gives the figures docs/evaluation.md works out by hand. */
describe("the example of docs/evaluation-file.md", () => {
  const markdown = fs.readFileSync(fromRoot("docs/evaluation-file.md"), "utf8");
  const example = /```json\n([\s\S]*?)\n```/.exec(markdown)![1]!;

  function lot() {
    const parsed = parseEvaluationFile(example);
    if (!parsed.ok) throw new Error(parsed.message);
    const evaluation = evaluateTender(evaluationInputOf(parsed.file));
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
    return evaluation.result.lots[0]!;
  }

  it("is a valid evaluation file", () => {
    const parsed = parseEvaluationFile(example);
    expect(parsed.ok ? "valid" : parsed.message).toBe("valid");
  });

  it("ranks Bravo, Alpha, Charlie and excludes Delta at the sovereignty gate", () => {
    const result = lot();
    // Bravo: 55.5 + 40 × 441/521 = (55.5 × 521 + 17 640) / 521 = 46 555.5 / 521 = 93 111 / 1 042 ≈ 89.36.
    // Alpha: 43 + 40 = 83. Charlie: 32.75 + 40 × 21/31 = (1 015.25 + 840) / 31 = 7 421 / 124 ≈ 59.85.
    expect(result.bids.map((b) => [b.label, b.totalPoints && toExactText(b.totalPoints), b.rank])).toEqual([
      ["Alpha Software", "83", 2],
      ["Bravo Systems", "93111/1042", 1],
      ["Charlie Cloud", "7421/124", 3],
      ["Delta Services", null, null],
    ]);
    expect(result.bids[3]!.gateFailures).toEqual([{ gate: "SOVEREIGNTY_MINIMUM", objectives: ["SOV-2"] }]);
    // Bravo's P: 2 500 000 / 1.05 + 105 000 / 1.05 = 50 000 000/21 + 100 000 = 52 100 000/21 cents.
    expect(toExactText(result.bids[1]!.tco.combined)).toBe("52100000/21");
  });

  it("finds the smallest weight changes of docs/evaluation.md", () => {
    const sensitivity = lot().sensitivity;
    // Cost: A − B = w × 80/521 − (100 − w) × 5/24 = 0 at w = 10 420/181 ≈ 57.57: +3 180/181 ≈ 17.57.
    // Quality: A − B = (587 900 − 24 635 w) / 62 520 = 0 at w = 117 580/4 927 ≈ 23.86: −79 500/4 927 ≈ 16.14.
    const change = (key: string, direction: "decrease" | "increase") => {
      const found = sensitivity.criteria.find((c) => c.criterionKey === key)![direction];
      return found ? toExactText(found.changePp) : null;
    };
    expect([change("tco", "increase"), change("quality", "decrease"), change("sovereignty", "increase")]).toEqual([
      "3180/181",
      "79500/4927",
      null,
    ]);
    expect(sensitivity.robustness).toMatchObject({ code: "ROBUST", criterionKey: "quality", direction: "DECREASE" });
  });
});
