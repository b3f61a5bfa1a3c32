import { describe, expect, it } from "vitest";
import { findingExcerpt } from "./finding-excerpt";

describe("the excerpt around a finding", () => {
  it("shows a short text whole, with the match apart", () => {
    expect(findingExcerpt("Staff must use Microsoft Teams for meetings.", 15, 30)).toEqual({
      before: "Staff must use ",
      match: "Microsoft Teams",
      after: " for meetings.",
      cutBefore: false,
      cutAfter: false,
    });
  });

  it("cuts a long text at spaces around the match", () => {
    const text = "one two three four five SAP six seven eight nine ten";
    // "SAP" is at 24–27; 10 characters either side start at "four" (14) and end after "seven" (37).
    expect(findingExcerpt(text, 24, 27, 10)).toEqual({
      before: "four five ",
      match: "SAP",
      after: " six seven",
      cutBefore: true,
      cutAfter: true,
    });
  });

  it("does not show half a word", () => {
    // 12 before "SAP" is 12, inside "three": the excerpt starts at "four" instead.
    expect(findingExcerpt("one two three four five SAP", 24, 27, 12).before).toBe("four five ");
  });

  it("keeps a range outside the text inside it", () => {
    expect(findingExcerpt("Short.", 4, 40)).toMatchObject({ before: "Shor", match: "t.", after: "" });
  });
});
