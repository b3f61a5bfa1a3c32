import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "@/lib/domain/bids/import/csv-format";
import { buildPriceSchedule } from "./price-schedule";
import { renderOds } from "./render-ods";
import { columnLetters, renderXlsx } from "./render-xlsx";
import type { SpreadsheetModel } from "./spreadsheet-model";
import { labelsFor, SCHEDULE_TENDER } from "./testing/price-schedule-fixtures";
import { firstEntryStored, unzipText, zipEntryOrder } from "./testing/unzip";

const schedule = (createdAt = "2026-03-02T09:30:00.000Z") =>
  buildPriceSchedule(SCHEDULE_TENDER, labelsFor("fr"), { createdAt, language: "fr" });

const tricky: SpreadsheetModel = {
  meta: { title: "T", language: "en", createdAt: "2026-01-01T00:00:00Z" },
  sheets: [
    {
      name: "Bids: [2026]/Q1?",
      columns: [
        { header: "a<b>", widthChars: 10, typedAsText: true },
        { header: "n", widthChars: 5 },
      ],
      hasHeaderRow: true,
      rows: [
        [
          { kind: "text", value: 'R&D "x"  two spaces' },
          { kind: "number", value: 12.5 },
        ],
        [],
      ],
    },
  ],
};

describe("renderOds", () => {
  it("writes an OpenDocument spreadsheet with the import's header row and text-typed columns", async () => {
    const rendered = await renderOds(schedule(), "tc-2026-014-prices");
    expect(rendered).toMatchObject({
      fileName: "tc-2026-014-prices.ods",
      mediaType: "application/vnd.oasis.opendocument.spreadsheet",
    });
    expect(zipEntryOrder(rendered.bytes)[0]).toBe("mimetype");
    expect(firstEntryStored(rendered.bytes)).toBe(true);
    const content = unzipText(rendered.bytes)["content.xml"]!;
    const header = content.slice(
      content.indexOf("<table:table-header-rows>"),
      content.indexOf("</table:table-header-rows>"),
    );
    expect([...header.matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((match) => match[1])).toEqual([...CSV_COLUMNS]);
    expect(content).toContain('<table:table table:name="Lignes de prix"');
    expect(content).toContain('<table:table table:name="Instructions"');
    expect(content).toContain('table:default-cell-style-name="Text"');
    expect(content).toContain(
      '<table:table-cell office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell>',
    );
  });

  it("escapes text and cleans sheet names", async () => {
    const content = unzipText((await renderOds(tricky, "t")).bytes)["content.xml"]!;
    expect(content).toContain('table:name="Bids   2026  Q1"');
    expect(content).toContain("<text:p>a&lt;b&gt;</text:p>");
    expect(content).toContain('<text:p>R&amp;D &quot;x&quot; <text:s text:c="1"/>two spaces</text:p>');
    expect(content).toContain('office:value="12.5"');
  });

  it("gives the same bytes for the same model; only meta.xml follows the creation date", async () => {
    const [a, b] = await Promise.all([renderOds(schedule(), "x"), renderOds(schedule(), "x")]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const first = unzipText(a.bytes);
    const later = unzipText((await renderOds(schedule("2027-01-01T00:00:00Z"), "x")).bytes);
    for (const path of Object.keys(first)) expect(later[path] === first[path]).toBe(path !== "meta.xml");
  });
});

describe("renderXlsx", () => {
  it("writes a workbook with the import's header row, frozen, and text-typed columns", async () => {
    const rendered = await renderXlsx(schedule(), "tc-2026-014-prices");
    expect(rendered).toMatchObject({
      fileName: "tc-2026-014-prices.xlsx",
      mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const files = unzipText(rendered.bytes);
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Lignes de prix" sheetId="1" r:id="rIdSheet1"/>');
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    const firstRow = sheet.slice(sheet.indexOf('<row r="1">'), sheet.indexOf("</row>"));
    expect([...firstRow.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((match) => match[1])).toEqual([
      ...CSV_COLUMNS,
    ]);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<col min="13" max="13" width="15" style="2" customWidth="1"/>');
    // Row 2 is LOT-1's first line: LICENCES in year 0, in column L (the 12th).
    expect(sheet).toContain('<c r="L2" s="0"><v>0</v></c>');
    expect(files["docProps/core.xml"]).toContain("<dc:creator>Ville de Liège</dc:creator>");
  });

  it("names columns as spreadsheets do", () => {
    // 0 → A, 25 → Z, 26 → AA, 27 → AB, 701 → ZZ, 702 → AAA.
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("escapes text and cleans sheet names", async () => {
    const files = unzipText((await renderXlsx(tricky, "t")).bytes);
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Bids   2026  Q1"');
    expect(files["xl/worksheets/sheet1.xml"]).toContain("R&amp;D &quot;x&quot;  two spaces");
    expect(files["xl/worksheets/sheet1.xml"]).toContain("a&lt;b&gt;");
  });

  it("gives the same bytes for the same model; only core.xml follows the creation date", async () => {
    const [a, b] = await Promise.all([renderXlsx(schedule(), "x"), renderXlsx(schedule(), "x")]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const first = unzipText(a.bytes);
    const later = unzipText((await renderXlsx(schedule("2027-01-01T00:00:00Z"), "x")).bytes);
    for (const path of Object.keys(first)) expect(later[path] === first[path]).toBe(path !== "docProps/core.xml");
  });
});
