import { describe, expect, it } from "vitest";
import { lotsSchema } from "./tender-lots";

const base = { tenderId: "tender-1", version: 3 };
const lot = (key: string, estimatedValue: string, title = "Hosting") => ({ key, title, estimatedValue });
const issues = (input: unknown) =>
  lotsSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("lotsSchema", () => {
  it("keeps the lots of a divided contract, with values in cents, and drops any reasons", () => {
    const parsed = lotsSchema.parse({
      ...base,
      divided: "DIVIDED",
      lots: [{ ...lot("LOT-1", "1,500,000"), cpv: "48000000", description: " Suite " }, lot("LOT-3", "300 000,50")],
      reasonsForNotDividing: "left from the other answer",
    });
    expect(parsed).toEqual({
      ...base,
      divided: "DIVIDED",
      lots: [
        { key: "LOT-1", title: "Hosting", description: "Suite", cpv: "48000000", estimatedValue: 150_000_000 },
        { key: "LOT-3", title: "Hosting", description: "", cpv: "", estimatedValue: 30_000_050 },
      ],
    });
  });

  it("keeps the reasons of an undivided contract and drops any lots typed before", () => {
    expect(
      lotsSchema.parse({ ...base, divided: "NOT_DIVIDED", reasonsForNotDividing: " One service. ", lots: [{}] }),
    ).toEqual({ ...base, divided: "NOT_DIVIDED", reasonsForNotDividing: "One service." });
  });

  it("asks for the choice first", () => {
    expect(issues({ ...base })).toEqual([["divided", "validation.lots.choiceRequired"]]);
  });

  it("lists every problem of the lots at once: fields, the count and repeated keys", () => {
    expect(issues({ ...base, divided: "DIVIDED", lots: [lot("LOT-1", "", " ")] })).toEqual([
      ["lots.0.title", "validation.lots.titleRequired"],
      ["lots.0.estimatedValue", "validation.lots.valueRequired"],
      ["lotCount", "validation.lots.tooFew"],
    ]);
    expect(
      issues({ ...base, divided: "DIVIDED", lots: [lot("LOT-1", "0"), lot("LOT-1", "-5"), lot("LOT-01", "x")] }),
    ).toEqual([
      ["lots.0.estimatedValue", "validation.lots.valueNotPositive"],
      ["lots.1.estimatedValue", "validation.money.negative"],
      ["lots.2.key", "validation.invalid"],
      ["lots.2.estimatedValue", "validation.money.format"],
      ["lots.1.key", 'validation.lots.keyDuplicate?{"lot":"LOT-1"}'],
    ]);
  });

  it("refuses a CPV code that is not eight digits (the action checks it is in the list)", () => {
    expect(
      issues({ ...base, divided: "DIVIDED", lots: [{ ...lot("LOT-1", "1"), cpv: "4800" }, lot("LOT-2", "1")] }),
    ).toEqual([["lots.0.cpv", "cpv.unknownCode"]]);
  });

  it("allows at most 50 lots", () => {
    const lots = Array.from({ length: 51 }, (_, i) => lot(`LOT-${i + 1}`, "1000"));
    expect(issues({ ...base, divided: "DIVIDED", lots })).toEqual([["lots", 'validation.lots.tooMany?{"max":50}']]);
  });
});
