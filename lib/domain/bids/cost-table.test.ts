import { describe, expect, it } from "vitest";
import type { CostLine } from "./bid-model";
import { costTable } from "./cost-table";

const line = (category: CostLine["category"], year: number, amountCents: number): CostLine => ({
  category,
  year,
  amountCents,
  note: "",
});

describe("costTable", () => {
  it("adds up by category and year, in the categories' order, with nominal totals", () => {
    const table = costTable([
      line("SUPPORT_MAINTENANCE", 1, 10_000_00),
      line("IMPLEMENTATION", 0, 50_000_00),
      line("SUPPORT_MAINTENANCE", 2, 10_000_00),
      line("IMPLEMENTATION", 0, 5_000_00), // a second line of the same cell
      line("EXIT", 3, 2_500_00),
    ]);
    // By hand:
    //   IMPLEMENTATION      year 0: 50,000 + 5,000 = 55,000                 row 55,000
    //   SUPPORT_MAINTENANCE year 1: 10,000, year 2: 10,000                  row 20,000
    //   EXIT                year 3: 2,500                                   row  2,500
    //   columns: year 0 55,000, year 1 10,000, year 2 10,000, year 3 2,500; total 77,500
    expect(table).toEqual({
      years: [0, 1, 2, 3],
      rows: [
        { category: "IMPLEMENTATION", amountsCents: [55_000_00, 0, 0, 0], totalCents: 55_000_00 },
        { category: "SUPPORT_MAINTENANCE", amountsCents: [0, 10_000_00, 10_000_00, 0], totalCents: 20_000_00 },
        { category: "EXIT", amountsCents: [0, 0, 0, 2_500_00], totalCents: 2_500_00 },
      ],
      yearTotalsCents: [55_000_00, 10_000_00, 10_000_00, 2_500_00],
      totalCents: 77_500_00,
    });
  });

  it("widens to the tender's last year, with empty late columns", () => {
    const table = costTable([line("HOSTING", 1, 100)], 5);
    expect(table.years).toEqual([0, 1, 2, 3, 4, 5]);
    expect(table.rows).toEqual([{ category: "HOSTING", amountsCents: [0, 100, 0, 0, 0, 0], totalCents: 100 }]);
    expect(table.yearTotalsCents).toEqual([0, 100, 0, 0, 0, 0]);
  });

  it("keeps a line beyond the tender's last year rather than drop it", () => {
    expect(costTable([line("EXIT", 6, 100)], 5).years).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("is an empty table with year 0 for no lines", () => {
    expect(costTable([])).toEqual({ years: [0], rows: [], yearTotalsCents: [0], totalCents: 0 });
  });
});
