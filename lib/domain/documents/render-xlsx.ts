import type { RenderedDocument } from "./document-model";
import { appProperties, coreProperties } from "./docx/docx-parts";
import { sheetName, type Sheet, type SheetCell, type SpreadsheetModel } from "./spreadsheet-model";
import { escapeXml, XML_DECLARATION } from "./xml";
import { zipPackage } from "./zip";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Office Open XML spreadsheet, written by hand (inline strings, four cell formats), so the same
 * model gives the same bytes and no library decides what the bidder's file holds.
 */
export async function renderXlsx(model: SpreadsheetModel, baseName: string): Promise<RenderedDocument> {
  return { bytes: xlsxPackage(model), mediaType: XLSX_MEDIA_TYPE, fileName: `${baseName}.xlsx` };
}

/** Cell formats of styles.xml, by index. */
const FORMAT = { general: 0, header: 1, text: 2, wrap: 3 } as const;

export function xlsxPackage(model: SpreadsheetModel): Uint8Array {
  const sheets = model.sheets.map((sheet, index) => ({ sheet, index, name: sheetName(sheet.name, index) }));
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  return zipPackage([
    {
      path: "[Content_Types].xml",
      data:
        XML_DECLARATION +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        override("/xl/workbook.xml", "officedocument.spreadsheetml.sheet.main+xml") +
        override("/xl/styles.xml", "officedocument.spreadsheetml.styles+xml") +
        sheets
          .map(({ index }) =>
            override(`/xl/worksheets/sheet${index + 1}.xml`, "officedocument.spreadsheetml.worksheet+xml"),
          )
          .join("") +
        override("/docProps/core.xml", "package.core-properties+xml") +
        override("/docProps/app.xml", "officedocument.extended-properties+xml") +
        "</Types>",
    },
    {
      path: "_rels/.rels",
      data: relationships([
        ["rId1", `${REL}/officeDocument`, "xl/workbook.xml"],
        [
          "rId2",
          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml",
        ],
        ["rId3", `${REL}/extended-properties`, "docProps/app.xml"],
      ]),
    },
    { path: "docProps/core.xml", data: coreProperties(model.meta) },
    { path: "docProps/app.xml", data: appProperties() },
    {
      path: "xl/workbook.xml",
      data:
        XML_DECLARATION +
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
        sheets
          .map(
            ({ index, name }) =>
              `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rIdSheet${index + 1}"/>`,
          )
          .join("") +
        "</sheets>" +
        definedNames(sheets) +
        "</workbook>",
    },
    {
      path: "xl/_rels/workbook.xml.rels",
      data: relationships([
        ["rIdStyles", `${REL}/styles`, "styles.xml"],
        ...sheets.map(({ index }): [string, string, string] => [
          `rIdSheet${index + 1}`,
          `${REL}/worksheet`,
          `worksheets/sheet${index + 1}.xml`,
        ]),
      ]),
    },
    { path: "xl/styles.xml", data: STYLES },
    ...sheets.map(({ sheet, index }) => ({
      path: `xl/worksheets/sheet${index + 1}.xml`,
      data: worksheet(sheet, index),
    })),
  ]);
}

function relationships(entries: readonly [string, string, string][]): string {
  const items = entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  return (
    XML_DECLARATION +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`
  );
}

/** The header row is printed at the top of every page. */
function definedNames(sheets: readonly { sheet: Sheet; index: number; name: string }[]): string {
  const names = sheets
    .filter(({ sheet }) => sheet.hasHeaderRow)
    .map(
      ({ index, name }) =>
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${escapeXml(name.replace(/'/g, "''"))}'!$1:$1</definedName>`,
    );
  return names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "";
}

const STYLES =
  XML_DECLARATION +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE4EE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>' +
  // 49 is the built-in text format "@": what is typed stays text, as typed.
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function worksheet(sheet: Sheet, index: number): string {
  const formatOf = (column: Sheet["columns"][number]) =>
    column.wrap ? FORMAT.wrap : column.typedAsText ? FORMAT.text : FORMAT.general;
  const cols = sheet.columns.map(
    (column, position) =>
      `<col min="${position + 1}" max="${position + 1}" width="${column.widthChars + 1}" style="${formatOf(column)}" customWidth="1"/>`,
  );
  const allRows: { cells: SheetCell[]; header: boolean }[] = [
    ...(sheet.hasHeaderRow
      ? [{ cells: sheet.columns.map((column): SheetCell => ({ kind: "text", value: column.header })), header: true }]
      : []),
    ...sheet.rows.map((cells) => ({ cells, header: false })),
  ];
  const rows = allRows.map(({ cells, header }, rowIndex) => {
    const written = sheet.columns.map((column, position) => {
      const ref = `${columnLetters(position)}${rowIndex + 1}`;
      return cellXml(cells[position] ?? { kind: "empty" }, ref, header ? FORMAT.header : formatOf(column));
    });
    return `<row r="${rowIndex + 1}">${written.join("")}</row>`;
  });
  const pane = sheet.hasHeaderRow
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : "";
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0"${index === 0 ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="13"/><cols>${cols.join("")}</cols><sheetData>${rows.join("")}</sheetData>` +
    "</worksheet>"
  );
}

function cellXml(cell: SheetCell, ref: string, format: number): string {
  switch (cell.kind) {
    case "text":
      return `<c r="${ref}" s="${format}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
    case "number":
      // A number keeps the General format, so it is saved to CSV as the plain figure.
      return `<c r="${ref}" s="${FORMAT.general}"><v>${cell.value}</v></c>`;
    case "empty":
      return `<c r="${ref}" s="${format}"/>`;
  }
}
