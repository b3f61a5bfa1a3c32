import type { RenderedDocument } from "./document-model";
import { odtText } from "./odt/odt-inline";
import { odtManifest, odtMeta } from "./odt/odt-meta";
import { ODF_FONT_FACES, ODF_NAMESPACES, ODF_VERSION } from "./odt/odt-namespaces";
import { sheetName, type Sheet, type SheetCell, type SpreadsheetModel } from "./spreadsheet-model";
import { escapeXml, XML_DECLARATION } from "./xml";
import { zipPackage } from "./zip";

export const ODS_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** OpenDocument spreadsheet 1.3: the price schedule in LibreOffice's own format. */
export async function renderOds(model: SpreadsheetModel, baseName: string): Promise<RenderedDocument> {
  return { bytes: odsPackage(model), mediaType: ODS_MEDIA_TYPE, fileName: `${baseName}.ods` };
}

export function odsPackage(model: SpreadsheetModel): Uint8Array {
  return zipPackage([
    { path: "mimetype", data: ODS_MEDIA_TYPE, store: true },
    { path: "content.xml", data: odsContent(model) },
    { path: "styles.xml", data: odsStyles() },
    { path: "meta.xml", data: odtMeta(model.meta) },
    { path: "META-INF/manifest.xml", data: odtManifest(ODS_MEDIA_TYPE, ["content.xml", "styles.xml", "meta.xml"]) },
  ]);
}

/**
 * "Text" cells keep what is typed as text (the `@` format): a date or an amount typed in a price
 * line is then saved to CSV as typed, not reformatted in the reader's locale.
 */
const AUTOMATIC_STYLES =
  '<number:text-style style:name="N_Text"><number:text-content/></number:text-style>' +
  '<style:style style:name="Text" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_Text"/>' +
  '<style:style style:name="Wrap" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>' +
  '<style:style style:name="Header" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_Text"><style:table-cell-properties fo:background-color="#dde4ee"/><style:text-properties fo:font-weight="bold"/></style:style>' +
  '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>';

function odsContent(model: SpreadsheetModel): string {
  const columnStyles: string[] = [];
  const tables = model.sheets.map((sheet, index) => table(sheet, index, columnStyles));
  return (
    XML_DECLARATION +
    `<office:document-content${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    ODF_FONT_FACES +
    `<office:automatic-styles>${AUTOMATIC_STYLES}${columnStyles.join("")}</office:automatic-styles>` +
    `<office:body><office:spreadsheet>${tables.join("")}</office:spreadsheet></office:body>` +
    "</office:document-content>"
  );
}

function table(sheet: Sheet, index: number, columnStyles: string[]): string {
  const columns = sheet.columns.map((column, position) => {
    const style = `co${index + 1}_${position + 1}`;
    // One character of the default 10 pt font is about 0.19 cm wide.
    columnStyles.push(
      `<style:style style:name="${style}" style:family="table-column"><style:table-column-properties style:column-width="${(column.widthChars * 0.19 + 0.2).toFixed(2)}cm"/></style:style>`,
    );
    const cellStyle = column.wrap ? "Wrap" : column.typedAsText ? "Text" : "Default";
    return `<table:table-column table:style-name="${style}" table:default-cell-style-name="${cellStyle}"/>`;
  });
  const header = sheet.hasHeaderRow
    ? `<table:table-header-rows><table:table-row>${sheet.columns.map((column) => textCell(column.header, "Header")).join("")}</table:table-row></table:table-header-rows>`
    : "";
  const rows = sheet.rows.map((row) => {
    const cells = sheet.columns.map((column, position) =>
      cell(row[position] ?? { kind: "empty" }, column.wrap ? "Wrap" : column.typedAsText ? "Text" : "Default"),
    );
    return `<table:table-row>${cells.join("")}</table:table-row>`;
  });
  return `<table:table table:name="${escapeXml(sheetName(sheet.name, index))}" table:style-name="ta1">${columns.join("")}${header}${rows.join("")}</table:table>`;
}

function textCell(value: string, style: string): string {
  return `<table:table-cell table:style-name="${style}" office:value-type="string"><text:p>${odtText(value)}</text:p></table:table-cell>`;
}

function cell(value: SheetCell, style: string): string {
  switch (value.kind) {
    case "text":
      return textCell(value.value, style);
    case "number":
      // A number keeps the General format, so it is saved to CSV as the plain figure.
      return `<table:table-cell office:value-type="float" office:value="${value.value}"><text:p>${value.value}</text:p></table:table-cell>`;
    case "empty":
      return `<table:table-cell table:style-name="${style}"/>`;
  }
}

function odsStyles(): string {
  return (
    XML_DECLARATION +
    `<office:document-styles${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    ODF_FONT_FACES +
    '<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:default-style>' +
    '<style:style style:name="Default" style:family="table-cell"/></office:styles>' +
    "</office:document-styles>"
  );
}
