import { describe, expect, it } from "vitest";
import { costLineFormSchema, costLineFormValues } from "./cost-line-form";

const issues = (input: unknown) =>
  costLineFormSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("costLineFormSchema", () => {
  it("turns the year chosen and the amount typed into a stored line in cents", () => {
    // "12 000,50" (fr) → 12,000.50 → 1,200,050 cents; year "3" → 3; the note is trimmed.
    expect(costLineFormSchema.parse({ category: "HOSTING", year: "3", amount: "12 000,50", note: " Cloud " })).toEqual({
      category: "HOSTING",
      year: 3,
      amountCents: 1_200_050,
      note: "Cloud",
    });
  });

  it("asks for the year and the amount when they are left empty, once each", () => {
    expect(issues({ category: "HOSTING", year: "", amount: " ", note: "" })).toEqual([
      ["year", "validation.costLines.yearRequired"],
      ["amount", "validation.costLines.amountRequired"],
    ]);
  });

  it("refuses a year that is not a whole number up to 40, and an unknown category", () => {
    expect(issues({ category: "", year: "x", amount: "1", note: "" })).toEqual([
      ["category", "validation.bid.costCategoryUnknown"],
      ["year", "validation.bid.yearInvalid"],
    ]);
    // MAX_COST_YEAR = 40: 41 is beyond any tender's horizon.
    expect(issues({ category: "EXIT", year: "41", amount: "1", note: "" })).toEqual([
      ["year", "validation.bid.yearInvalid"],
    ]);
  });
});

describe("costLineFormValues", () => {
  it("gives stored lines back as the form holds them", () => {
    // 4,500,000 cents → "45000"; 1,205 cents → "12.05".
    expect(
      costLineFormValues([
        { category: "INTERNAL_STAFF", year: 1, amountCents: 4_500_000, note: "" },
        { category: "EXIT", year: 0, amountCents: 1_205, note: "Handover" },
      ]),
    ).toEqual([
      { category: "INTERNAL_STAFF", year: "1", amount: "45000", note: "" },
      { category: "EXIT", year: "0", amount: "12.05", note: "Handover" },
    ]);
  });
});
