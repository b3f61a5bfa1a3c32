import type { Block, CoverPage, DocumentModel, FactsBlock, Inline, ListBlock, TableBlock } from "../document-model";
import { anchoredHeadings, columnShares, contentsEntries, headingText, type AnchoredHeading } from "../model-text";
import { escapeXml } from "../xml";
import { odtInlines, odtText } from "./odt-inline";

/** The text width of the A4 page of styles.xml: 21 cm less two 2.2 cm margins. */
const TEXT_WIDTH_CM = 16.6;

/**
 * content.xml's body and the automatic styles it needs (one table and its column widths per
 * table, the cover's page style). Everything written is escaped; tables are numbered in order,
 * so the same model always gives the same names.
 */
export function odtBody(model: DocumentModel): { automaticStyles: string; body: string } {
  const headings = anchoredHeadings(model.blocks);
  const styles: string[] = [FIXED_AUTOMATIC_STYLES];
  let tableCount = 0;
  const nextTable = () => `Table${++tableCount}`;
  const parts: string[] = [];
  if (model.cover) parts.push(cover(model.cover, nextTable, styles));
  model.blocks.forEach((block, index) => {
    parts.push(blockXml(block, headings.get(index), headings, nextTable, styles));
  });
  return { automaticStyles: styles.join(""), body: parts.join("") };
}

const FIXED_AUTOMATIC_STYLES =
  '<style:style style:name="P_CoverOverline" style:family="paragraph" style:parent-style-name="Cover_20_Overline" style:master-page-name="First_20_Page"/>' +
  '<style:style style:name="P_CoverTitle" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First_20_Page"/>' +
  // The first paragraph after the cover starts the numbered pages.
  '<style:style style:name="P_AfterCover" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard"/>' +
  '<style:style style:name="P_PageBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>' +
  '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>' +
  '<style:style style:name="HeaderCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080" fo:background-color="#dde4ee"/></style:style>' +
  '<style:style style:name="FactsCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border-bottom="0.5pt solid #c0c0c0"/></style:style>';

function blockXml(
  block: Block,
  heading: AnchoredHeading | undefined,
  headings: ReadonlyMap<number, AnchoredHeading>,
  nextTable: () => string,
  styles: string[],
): string {
  switch (block.kind) {
    case "heading": {
      const bookmark = heading ? `<text:bookmark text:name="${escapeXml(heading.bookmark)}"/>` : "";
      const level = block.level;
      return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${bookmark}${odtText(headingText(block))}</text:h>`;
    }
    case "paragraph":
      return paragraph(PARAGRAPH_STYLE[block.style ?? "normal"], block.content);
    case "list":
      return list(block);
    case "table":
      return table(block, nextTable(), styles);
    case "facts":
      return facts(block.items, nextTable(), styles);
    case "pageBreak":
      return '<text:p text:style-name="P_PageBreak"/>';
    case "contents":
      return contents(block.title, contentsEntries(headings));
  }
}

const PARAGRAPH_STYLE = {
  normal: "Text_20_body",
  note: "Note",
  guidance: "Guidance",
  placeholder: "Placeholder",
} as const;

function paragraph(style: string, content: readonly Inline[]): string {
  return `<text:p text:style-name="${style}">${odtInlines(content)}</text:p>`;
}

function cover(page: CoverPage, nextTable: () => string, styles: string[]): string {
  const parts: string[] = [];
  if (page.overline) parts.push(`<text:p text:style-name="P_CoverOverline">${odtText(page.overline)}</text:p>`);
  parts.push(`<text:p text:style-name="${page.overline ? "Title" : "P_CoverTitle"}">${odtText(page.title)}</text:p>`);
  if (page.subtitle) parts.push(`<text:p text:style-name="Subtitle">${odtText(page.subtitle)}</text:p>`);
  if (page.facts.length > 0) {
    parts.push(
      facts(
        page.facts.map((fact) => ({ label: fact.label, value: [fact.value] })),
        nextTable(),
        styles,
      ),
    );
  }
  parts.push('<text:p text:style-name="P_AfterCover"/>');
  return parts.join("");
}

function list(block: ListBlock): string {
  const style = block.ordered ? "Numbering_20_123" : "List_20_Bullet";
  const items = block.items.map(
    (item) =>
      `<text:list-item><text:p text:style-name="List_20_Contents">${odtInlines(item)}</text:p></text:list-item>`,
  );
  return `<text:list text:style-name="${style}">${items.join("")}</text:list>`;
}

function tableStyles(name: string, shares: readonly number[]): string {
  const columns = shares.map((share, index) => {
    const width = ((TEXT_WIDTH_CM * share) / 100).toFixed(3);
    return `<style:style style:name="${name}.C${index + 1}" style:family="table-column"><style:table-column-properties style:column-width="${width}cm" style:rel-width="${Math.round(share * 100)}*"/></style:style>`;
  });
  return (
    `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM}cm" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>` +
    columns.join("")
  );
}

function columnElements(name: string, count: number): string {
  return Array.from(
    { length: count },
    (_, index) => `<table:table-column table:style-name="${name}.C${index + 1}"/>`,
  ).join("");
}

function cell(cellStyle: string, paragraphStyle: string, content: readonly Inline[]): string {
  return `<table:table-cell table:style-name="${cellStyle}" office:value-type="string"><text:p text:style-name="${paragraphStyle}">${odtInlines(content)}</text:p></table:table-cell>`;
}

function table(block: TableBlock, name: string, styles: string[]): string {
  styles.push(tableStyles(name, columnShares(block.columns)));
  const right = (index: number) => block.columns[index]?.align === "right";
  const header = block.columns
    .map((column, index) =>
      cell("HeaderCell", right(index) ? "Table_20_Heading_20_Right" : "Table_20_Heading", [column.header]),
    )
    .join("");
  const rows = block.rows.map((row) => {
    const cells = block.columns.map((_, index) =>
      cell("Cell", right(index) ? "Table_20_Contents_20_Right" : "Table_20_Contents", row[index] ?? []),
    );
    return `<table:table-row>${cells.join("")}</table:table-row>`;
  });
  return (
    `<text:p text:style-name="Table">${odtText(block.caption)}</text:p>` +
    `<table:table table:name="${name}" table:style-name="${name}">${columnElements(name, block.columns.length)}` +
    // Header rows are repeated at the top of every page the table runs onto.
    `<table:table-header-rows><table:table-row>${header}</table:table-row></table:table-header-rows>` +
    `${rows.join("")}</table:table>`
  );
}

function facts(items: FactsBlock["items"], name: string, styles: string[]): string {
  styles.push(tableStyles(name, [35, 65]));
  const rows = items.map(
    (item) =>
      `<table:table-row>${cell("FactsCell", "Facts_20_Label", [item.label])}${cell("FactsCell", "Table_20_Contents", item.value)}</table:table-row>`,
  );
  return `<table:table table:name="${name}" table:style-name="${name}">${columnElements(name, 2)}${rows.join("")}</table:table>`;
}

/**
 * A LibreOffice table of contents over outline levels 1–2, already filled in with the headings
 * (linked to their bookmarks) so it reads correctly before anyone updates it; updating it in
 * LibreOffice adds the page numbers.
 */
function contents(title: string, entries: readonly AnchoredHeading[]): string {
  const template = (level: number) =>
    `<text:table-of-content-entry-template text:outline-level="${level}" text:style-name="Contents_20_${level}">` +
    '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/>' +
    '<text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>' +
    "<text:index-entry-link-end/></text:table-of-content-entry-template>";
  const body = entries.map(
    (entry) =>
      `<text:p text:style-name="Contents_20_${entry.level}"><text:a xlink:type="simple" xlink:href="#${escapeXml(entry.bookmark)}" text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">${odtText(headingText(entry))}</text:a></text:p>`,
  );
  return (
    '<text:table-of-content text:name="Contents" text:protected="true">' +
    '<text:table-of-content-source text:outline-level="2" text:use-index-marks="false" text:use-outline-level="true">' +
    `<text:index-title-template text:style-name="Contents_20_Heading">${escapeXml(title)}</text:index-title-template>` +
    template(1) +
    template(2) +
    "</text:table-of-content-source><text:index-body>" +
    `<text:index-title text:name="Contents_Head"><text:p text:style-name="Contents_20_Heading">${odtText(title)}</text:p></text:index-title>` +
    body.join("") +
    "</text:index-body></text:table-of-content>"
  );
}
