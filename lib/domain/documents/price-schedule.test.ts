import { describe, expect, it } from "vitest";
import { bidTenderContext } from "@/lib/domain/assessment/assessment-tender";
import { BIDDER_COST_CATEGORIES } from "@/lib/domain/bids/bid-model";
import { CSV_COLUMNS } from "@/lib/domain/bids/import/csv-format";
import { parseBidsCsv } from "@/lib/domain/bids/import/parse-bids-csv";
import { buildPriceSchedule, priceScheduleYears } from "./price-schedule";
import { filledIn, labelsFor, SCHEDULE_TENDER, sheetAsCsv } from "./testing/price-schedule-fixtures";

const FILE = { createdAt: "2026-03-02T09:30:00.000Z", language: "fr" };

describe("buildPriceSchedule", () => {
  it("has exactly the bid import's columns as the first sheet's header row", () => {
    const model = buildPriceSchedule(SCHEDULE_TENDER, labelsFor("fr"), FILE);
    expect(model.sheets[0]!.hasHeaderRow).toBe(true);
    expect(model.sheets[0]!.columns.map((column) => column.header)).toEqual([...CSV_COLUMNS]);
  });

  it("has one row per lot, bidder cost category and year of the cost period", () => {
    const model = buildPriceSchedule(SCHEDULE_TENDER, labelsFor("fr"), FILE);
    // 36 months → horizon 3, years 0–4 (5 years); 11 bidder categories; 2 lots: 2 × 11 × 5 = 110.
    expect(BIDDER_COST_CATEGORIES).toHaveLength(11);
    expect(model.sheets[0]!.rows).toHaveLength(110);
    const first = model.sheets[0]!.rows[0]!;
    expect(first[CSV_COLUMNS.indexOf("lot")]).toEqual({ kind: "text", value: "LOT-1" });
    expect(first[CSV_COLUMNS.indexOf("category")]).toEqual({ kind: "text", value: "LICENCES" });
    expect(first[CSV_COLUMNS.indexOf("year")]).toEqual({ kind: "number", value: 0 });
    expect(first[CSV_COLUMNS.indexOf("amount")]).toEqual({ kind: "empty" });
    // No lots: one block with the lot left empty; 4 years by default (no duration) → years 0–5.
    const single = buildPriceSchedule({ ...SCHEDULE_TENDER, lots: [], durationMonths: null }, labelsFor("en"), FILE);
    expect(single.sheets[0]!.rows).toHaveLength(11 * 6);
    expect(single.sheets[0]!.rows[0]![CSV_COLUMNS.indexOf("lot")]).toEqual({ kind: "empty" });
  });

  it("uses the cost period the import checks against", () => {
    for (const tender of [
      SCHEDULE_TENDER,
      { ...SCHEDULE_TENDER, award: { tcoHorizonYears: 7, discountRatePercent: 3 } },
    ]) {
      const context = bidTenderContext(
        // The horizon depends on the award settings and the duration only.
        { award: tender.award as never, durationMonths: tender.durationMonths, lots: [], clauses: [] },
        new Map(),
      );
      expect(priceScheduleYears(tender).horizon).toBe(context.tcoHorizonYears);
    }
  });

  it("imports back as bids once a bidder has filled it in and it is saved as CSV", () => {
    const model = filledIn(buildPriceSchedule(SCHEDULE_TENDER, labelsFor("fr"), FILE), "LOT-2", "2026-11-20 14:30");
    const result = parseBidsCsv(sheetAsCsv(model), {
      tcoHorizonYears: 3,
      lotKeys: ["LOT-1", "LOT-2"],
      requiredStandardIds: [],
      tenderDeadline: "2026-11-20",
      publicationDate: "2026-10-01",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.bids).toHaveLength(1);
    const content = result.bids[0]!.content;
    expect(content.bidder).toMatchObject({ name: 'Société "Libre", Liège', isSme: true, country: "BE" });
    expect(content.lotKey).toBe("LOT-2");
    // 55 lines; year 3 typed "300,50" → 30,050 cents.
    expect(content.costLines).toHaveLength(55);
    expect(content.costLines.find((line) => line.category === "EXIT" && line.year === 3)?.amountCents).toBe(30_050);
  });

  it("explains every column, the years and the categories in the reader's language", () => {
    const model = buildPriceSchedule(SCHEDULE_TENDER, labelsFor("de"), { ...FILE, language: "de" });
    const instructions = model.sheets[1]!;
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Preiszeilen", "Anleitung"]);
    const text = instructions.rows
      .flat()
      .map((cell) => (cell.kind === "text" ? cell.value : ""))
      .join("\n");
    expect(text).toContain("Preisblatt zur Ausschreibung TC-2026-014: Gestion des dossiers");
    // Horizon 3: contract years 1 to 3, exit period year 4.
    expect(text).toContain("die Jahre 1 bis 3 die Vertragsjahre und Jahr 4 die Ausstiegsphase");
    expect(text).toContain("Beträge in EUR");
    for (const column of CSV_COLUMNS) expect(text).toContain(`${column}\n`);
    expect(text).toContain("SUPPORT_MAINTENANCE\n");
    expect(text).toContain("LOT-2\nMaintenance");
    expect(text).not.toMatch(/\{\w+\}/);
    expect(model.meta).toMatchObject({
      title: "Preisblatt zur Ausschreibung TC-2026-014: Gestion des dossiers",
      author: "Ville de Liège",
    });
  });

  it("has every label in every language", () => {
    for (const language of ["en", "fr", "de"] as const) expect(() => labelsFor(language)).not.toThrow();
  });
});
