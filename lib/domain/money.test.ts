import { describe, expect, it } from "vitest";
import { formatMoneyInput, parseMoneyInput } from "./money";

describe("parseMoneyInput", () => {
  it.each([
    ["1800000", 180_000_000],
    ["1,800,000", 180_000_000],
    ["1,800,000.50", 180_000_050],
    ["1 800 000,50", 180_000_050],
    ["1.800.000,50", 180_000_050],
    ["1'800'000.5", 180_000_050],
    ["140 000 €", 14_000_000],
    ["€ 215,999.99", 21_599_999],
    // Three digits after the last separator: a thousands group, not decimals.
    ["1,500", 150_000],
    ["1.500", 150_000],
    ["0", 0],
    ["0,05", 5],
  ])("%s → %i cents", (text, cents) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ["", "format"],
    ["abc", "format"],
    ["12.3.4,5,6x", "format"],
    ["-100", "negative"],
    ["1.000.000.000.000.000", "tooLarge"],
  ])("%s is refused: %s", (text, reason) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, reason });
  });
});

describe("formatMoneyInput", () => {
  it.each([
    [180_000_000, "1800000"],
    [180_000_050, "1800000.50"],
    [5, "0.05"],
  ])("%i cents → %s", (cents, text) => {
    expect(formatMoneyInput(cents)).toBe(text);
  });
});
