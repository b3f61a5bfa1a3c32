import { describe, expect, it } from "vitest";
import { summariseAuditTrail } from "@/lib/domain/award/audit-summary";
import { evaluateTender } from "@/lib/domain/evaluation/evaluate-tender";
import { evaluationView } from "@/lib/domain/evaluation/evaluation-view";
import { award, bid, input } from "@/lib/domain/evaluation/testing/fixtures";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import type { Block, FactsBlock, HeadingBlock, TableBlock } from "../document-model";
import { markdownOf } from "../render-markdown";
import { englishText } from "../testing/english-text";
import { buildAwardReportDocument, type AwardReportInput, type ReportDecision } from "./index";

// The three bids of evaluation-view.test.ts, at a 0 % discount rate so the cost of ownership is
// the price. F1 with 40 points: A 40, B 40 × 10,000 / 12,500 = 32, C 40 × 10,000 / 20,000 = 20.
// Quality (40 points, 0–5): A 3/5 × 40 = 24, B 40, C 8. Openness (20): A 8, B 12, C 4.
// Quality points count every criterion but cost: B 40 + 12 = 52, A 32, C 12. Totals: B 84, A 72, C 32.
const criteria: Criterion[] = [
  { key: "tco", name: "Cost", kind: "COST", weight: 40, costFormula: "F1" },
  { key: "quality", name: "Quality", kind: "QUALITY", weight: 40 },
  { key: "openness", name: "Openness", kind: "OPENNESS", weight: 20 },
];
const evaluationInput = input(award(criteria), [
  bid("A", 1_000_000, { quality: 3, openness: 2 }),
  bid("B", 1_250_000, { quality: 5, openness: 3 }),
  bid("C", 2_000_000, { quality: 1, openness: 1 }),
]);
const evaluation = evaluateTender(evaluationInput);
if (!evaluation.ok) throw new Error("the fixture should evaluate");
const view = evaluationView(evaluation.result);
const bidB = view.lots[0]!.bids.find((entry) => entry.label === "Bidder B")!;

const decision: ReportDecision = {
  lotKey: null,
  winnerBidId: bidB.bidId,
  decidedOn: "2027-06-01",
  standstillEndsOn: "2027-06-11",
  note: "",
  decidedBy: { name: "Dana Drafter", email: "dana@ministry.example" },
};

function build(overrides: Partial<AwardReportInput> = {}) {
  return buildAwardReportDocument({
    tender: { reference: "MIN-2027-0004", title: "Case management system", currency: "EUR" },
    authority: "Ministry of Digital Affairs",
    view,
    input: evaluationInput,
    decisions: [decision],
    assessments: [],
    sovereigntyReviews: new Map(),
    declarations: [
      { name: "Chris Chair", email: "chair@ministry.example", panelRole: "CHAIR", signedAt: new Date("2027-05-02T08:00:00Z"), confirmedWithNamesAt: null, conflicts: [], removedAt: null, removedReason: "", submittedAt: null }, // prettier-ignore
    ],
    auditTrail: summariseAuditTrail([
      { action: "bid.opened", occurredAt: new Date("2027-05-01T08:00:00Z"), actorEmail: null, entityType: "Tender", entityId: "t" }, // prettier-ignore
    ]),
    actorNames: new Map(),
    text: englishText(),
    createdAt: "2027-06-02T10:00:00.000Z",
    ...overrides,
  });
}

const headings = (blocks: Block[]) =>
  blocks.filter((block): block is HeadingBlock => block.kind === "heading").map((block) => `${block.number} ${block.text}`); // prettier-ignore
const cellsOf = (blocks: Block[], caption: string) =>
  blocks
    .find((block): block is TableBlock => block.kind === "table" && block.caption === caption)!
    .rows.map((row) => row.map((cell) => cell.map((run) => (typeof run === "string" ? run : run.text)).join("")));

describe("buildAwardReportDocument", () => {
  it("has the report page's sections, numbered, with each bid's scores under its own heading", () => {
    expect(headings(build().blocks)).toEqual([
      "1 Recommendation and decision",
      "2 Award criteria and method, as published",
      "3 Evaluation",
      "3.1 Gates",
      "3.2 Ranking",
      "3.3 Sensitivity to the weights",
      "3.4 Rank-reversal check",
      "3.5 Scores and justifications",
      "3.5.1 Bidder A (bid 65)",
      "3.5.2 Bidder B (bid 66)",
      "3.5.3 Bidder C (bid 67)",
      "3.6 Findings per bid: cost of ownership, licences, sovereignty",
      "4 Evaluation panel and declarations",
      "5 Audit trail",
    ]);
  });

  it("says on its cover whether the award is decided", () => {
    expect(build().cover!.facts.at(-1)).toEqual({
      label: "State of the report",
      value: "Final: the award is decided.",
    });
    expect(build({ decisions: [] }).cover!.facts.at(-1)!.value).toBe("Draft: the award is not decided yet.");
  });

  it("ranks the bids with the points worked out by hand", () => {
    expect(cellsOf(build().blocks, "Ranking of the admissible bids")).toEqual([
      ["1", "Bidder B (bid 66)", "52.00", "32.00", "84.00", "€12,500", "First"],
      ["2", "Bidder A (bid 65)", "32.00", "40.00", "72.00", "€10,000", "A lower total"],
      ["3", "Bidder C (bid 67)", "12.00", "20.00", "32.00", "€20,000", "A lower total"],
    ]);
  });

  it("gives each evaluator's score with the justification, and the consensus with its rationale", () => {
    expect(cellsOf(build().blocks, "Scores of Bidder B (bid 66) on “Quality”")).toEqual([
      ["Chair", "5", "Because."],
      ["Evaluator 1", "5", "Because."],
      ["Evaluator 2", "5", "Because."],
      ["Consensus", "5", "Agreed."],
    ]);
  });

  it("records the decision: who won, when, the standstill and who decided", () => {
    const facts = build().blocks.find((block): block is FactsBlock => block.kind === "facts")!;
    expect(facts.items.map((item) => [item.label, item.value.join("")])).toEqual([
      ["The ranking proposes", "Bidder B (bid 66)"],
      ["Awarded to", "Bidder B (bid 66)"],
      ["Decision date", "June 1, 2027"],
      ["End of the standstill period", "June 11, 2027"],
      ["Reason", "None given: the top-ranked bid was awarded."],
      ["Decided by", "Dana Drafter (dana@ministry.example)"],
    ]);
  });

  it("lists the panel's declarations and the audit trail in the app's time zone", () => {
    const text = markdownOf(build());
    // 08:00 UTC on 2 May 2027 is 10:00 in Brussels (summer time).
    expect(text).toContain(
      "| Chris Chair chair@ministry.example | Chair | May 2, 2027, 10:00 AM | — | None declared | — |",
    );
    expect(text).toContain("| Bids opened (bid.opened) | 1 |");
  });
});
