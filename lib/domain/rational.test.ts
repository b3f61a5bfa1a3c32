import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  div,
  fromDecimal,
  fromExactText,
  mul,
  rational,
  sub,
  sumOf,
  toExactText,
  toFixed,
} from "./rational";

describe("rational", () => {
  it("adds, subtracts, multiplies and divides exactly", () => {
    // 1/3 + 1/6 = 2/6 + 1/6 = 1/2
    expect(toExactText(add(rational(1, 3), rational(1, 6)))).toBe("1/2");
    // 1/3 − 1/2 = −1/6
    expect(toExactText(sub(rational(1, 3), rational(1, 2)))).toBe("-1/6");
    // 2/3 × 9/4 = 18/12 = 3/2
    expect(toExactText(mul(rational(2, 3), rational(9, 4)))).toBe("3/2");
    // (1/2) / (−3/4) = −4/6 = −2/3
    expect(toExactText(div(rational(1, 2), rational(-3, 4)))).toBe("-2/3");
    // 0.1 + 0.2 is 3/10 exactly, unlike floating point
    expect(toExactText(sumOf([fromDecimal(0.1), fromDecimal(0.2)]))).toBe("3/10");
  });

  it("reads decimals from their digits", () => {
    expect(toExactText(fromDecimal(3.25))).toBe("13/4");
    expect(toExactText(fromDecimal("0.07"))).toBe("7/100");
    expect(toExactText(fromDecimal(1e-7))).toBe("1/10000000");
    expect(toExactText(fromDecimal("-12.5"))).toBe("-25/2");
    expect(() => fromDecimal("1e3")).toThrow(RangeError);
  });

  it("compares by cross-multiplying", () => {
    expect(compare(rational(2, 3), rational(3, 4))).toBe(-1); // 8 < 9
    expect(compare(rational(4, 6), rational(2, 3))).toBe(0);
    expect(compare(rational(-1, 2), rational(-2, 3))).toBe(1); // −3/6 > −4/6
  });

  it("rounds half away from zero to the places asked", () => {
    expect(toFixed(rational(200, 3))).toBe("66.67"); // 66.666…
    expect(toFixed(rational(6625, 100), 1)).toBe("66.3"); // 66.25 → 66.3
    expect(toFixed(rational(-6625, 100), 1)).toBe("-66.3");
    expect(toFixed(rational(1, 1000))).toBe("0.00");
    expect(toFixed(rational(-1, 1000))).toBe("0.00"); // no "-0.00"
    expect(toFixed(rational(5, 2), 0)).toBe("3");
  });

  it("writes and reads the exact text", () => {
    expect(toExactText(rational(10, 4))).toBe("5/2");
    expect(toExactText(rational(12, 4))).toBe("3");
    expect(fromExactText("5/2")).toEqual({ n: 5n, d: 2n });
    expect(fromExactText("-3")).toEqual({ n: -3n, d: 1n });
    expect(fromExactText("2.5")).toEqual({ n: 5n, d: 2n });
  });
});
