import { describe, expect, it } from "vitest";
import { fromExactText, rational } from "@/lib/domain/rational";
import { toExactJson } from "./exact-json";

describe("toExactJson", () => {
  it("writes rationals as reduced n/d text, deep inside objects and arrays, and nothing else changes", () => {
    const value = {
      total: rational(200, 3),
      points: [
        { key: "cost", points: rational(40) },
        { key: "quality", points: null },
      ],
      label: "Bid A",
      rank: 1,
      admissible: true,
    };
    // 200/3 is already reduced; 40/1 is written as "40".
    expect(toExactJson(value)).toEqual({
      total: "200/3",
      points: [
        { key: "cost", points: "40" },
        { key: "quality", points: null },
      ],
      label: "Bid A",
      rank: 1,
      admissible: true,
    });
    expect(JSON.parse(JSON.stringify(toExactJson(value))).total).toBe("200/3");
    expect(fromExactText("200/3")).toEqual(rational(200, 3));
  });

  it("reduces before writing: 6/4 is 3/2", () => {
    expect(toExactJson({ n: 6n, d: 4n })).toBe("3/2");
  });
});
