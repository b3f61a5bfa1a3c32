import { describe, expect, it } from "vitest";
import { evaluateTender } from "@/lib/domain/evaluation/evaluate-tender";
import { evaluationView } from "@/lib/domain/evaluation/evaluation-view";
import { award, bid, input } from "@/lib/domain/evaluation/testing/fixtures";
import type { Criterion } from "@/lib/domain/tender/criteria-tree";
import { DEFAULT_SOVEREIGNTY_WEIGHTS, SOVEREIGNTY_OBJECTIVES } from "@/lib/domain/tender/sovereignty";
import { evaluationFileOf, evaluationFileSchema, evaluationInputOf } from "./evaluation-file";

const criteria: Criterion[] = [
  { key: "tco", name: "Cost", kind: "COST", weight: 40, costFormula: "F2" },
  { key: "quality", name: "Quality", kind: "QUALITY", weight: 60, minimumScore: 2 },
];
const app = input(award(criteria, { discountRatePercent: 3 }), [
  bid("A", 1_234_567, { quality: 4 }),
  bid(
    "B",
    999_999,
    { quality: 3 },
    { internalCosts: [{ category: "INTERNAL_STAFF", year: 2, amountCents: 50_000, note: "" }] },
  ),
  bid("C", 1_500_000, { quality: 1 }),
]);
const written = () =>
  JSON.parse(
    JSON.stringify(evaluationFileOf(app, { reference: "X-1", title: "", currency: "EUR" }, "2026-03-20T10:00:00Z")),
  );

describe("the evaluation file", () => {
  it("reproduces the app's evaluation exactly after a trip through JSON", () => {
    const parsed = evaluationFileSchema.parse(written());
    const before = evaluateTender(app);
    const after = evaluateTender(evaluationInputOf(parsed));
    if (!before.ok || !after.ok) throw new Error("invalid");
    expect(evaluationView(after.result)).toEqual(evaluationView(before.result));
  });

  it("fills in the method's defaults, and the header's", () => {
    const minimal = { ...written(), method: { version: 1 } };
    delete minimal.exportedAt;
    delete minimal.tender;
    const parsed = evaluationFileSchema.parse(minimal);
    expect(parsed.method).toEqual({
      version: 1,
      disagreementThresholdPercent: 30,
      robustnessThresholdPp: 10,
      tornadoStepPp: 10,
      tieRules: ["HIGHER_TOTAL", "HIGHER_QUALITY_POINTS", "LOWER_TCO", "REPORT_UNRESOLVED"],
      costBasis: "DISCOUNTED_TCO_WITH_INTERNAL_COSTS",
    });
    expect(parsed.tender).toEqual({ reference: "", title: "", currency: "EUR" });
  });

  const issues = (value: unknown) =>
    evaluationFileSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

  it("refuses another method: its version, tie rules or cost basis", () => {
    expect(issues({ ...written(), method: { version: 2 } })).toEqual([
      'method.version: validation.evaluationFile.methodVersion?{"version":1}',
    ]);
    expect(issues({ ...written(), method: { version: 1, tieRules: ["HIGHER_TOTAL", "LOWER_TCO"] } })).toHaveLength(1);
    expect(issues({ ...written(), method: { version: 1, costBasis: "BIDDER_PRICES_ONLY" } })).toEqual([
      'method.costBasis: validation.evaluationFile.costBasis?{"basis":"DISCOUNTED_TCO_WITH_INTERNAL_COSTS"}',
    ]);
  });

  it("is strict: a misspelt field is an error, not ignored", () => {
    const file = written();
    file.award.criteria[1].minimumscore = 3;
    expect(issues(file)).toEqual(['award.criteria.1: Unrecognized key: "minimumscore"']);
  });

  it("checks the sovereignty profile's weights add up to 100 and its levels are 0–4", () => {
    const minimumSeal = Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, { seal: 5 }]));
    const sovereignty = { weights: { ...DEFAULT_SOVEREIGNTY_WEIGHTS, "SOV-8": 10 }, minimumSeal };
    const found = issues({ ...written(), sovereignty });
    expect(found).toContain(
      'sovereignty.minimumSeal.SOV-1.seal: validation.evaluationFile.wholeNumber?{"min":0,"max":4}',
    );
    expect(found).toContain('sovereignty.weights: validation.sovereignty.weightsSum?{"sum":105}');
  });

  it("takes percentages with at most two decimals", () => {
    const file = written();
    file.award.discountRatePercent = 3.125;
    expect(issues(file)).toEqual([
      'award.discountRatePercent: validation.evaluationFile.percentage?{"min":0,"max":15}',
    ]);
  });
});
