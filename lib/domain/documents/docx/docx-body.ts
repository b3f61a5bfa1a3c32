import type { Block, CoverPage, DocumentModel, FactsBlock, ListBlock, TableBlock } from "../document-model";
import { anchoredHeadings, columnShares, contentsEntries, headingText, type AnchoredHeading } from "../model-text";
import { escapeXml } from "../xml";
import { docxInlines, docxParagraph, docxRun, newDocxContext, type DocxContext } from "./docx-inline";

/** The text width of the A4 page in twentieths of a point: 11906 less two 2.2 cm margins. */
export const TEXT_WIDTH_TWIPS = 9412;

/** word/document.xml's body content, and what the other parts need to know about it. */
export function docxBody(model: DocumentModel): { body: string; context: DocxContext } {
  const context = newDocxContext();
  const headings = anchoredHeadings(model.blocks);
  // Word's own hidden bookmark names: `_Toc` and a number, unique and at most 40 characters.
  const bookmarks = new Map([...headings.keys()].map((index, order) => [index, `_Toc${order + 1}`]));
  const parts: string[] = [];
  if (model.cover) parts.push(cover(model.cover, context));
  model.blocks.forEach((block, index) => parts.push(blockXml(block, index, headings, bookmarks, context)));
  return { body: parts.join(""), context };
}

const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

function blockXml(
  block: Block,
  index: number,
  headings: ReadonlyMap<number, AnchoredHeading>,
  bookmarks: ReadonlyMap<number, string>,
  context: DocxContext,
): string {
  switch (block.kind) {
    case "heading": {
      const id = ++context.bookmarks;
      const name = bookmarks.get(index) ?? `_Toc${index + 1}`;
      return (
        `<w:p><w:pPr><w:pStyle w:val="Heading${block.level}"/></w:pPr>` +
        `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${docxRun(headingText(block))}<w:bookmarkEnd w:id="${id}"/></w:p>`
      );
    }
    case "paragraph":
      return docxParagraph(PARAGRAPH_STYLE[block.style ?? "normal"], docxInlines(block.content, context));
    case "list":
      return list(block, context);
    case "table":
      return table(block, context);
    case "facts":
      return facts(block.items, context);
    case "pageBreak":
      return PAGE_BREAK;
    case "contents": {
      const entries = contentsEntries(headings).map((entry) => ({ entry, bookmark: bookmarks.get(entry.index) ?? "" }));
      return contents(block.title, entries);
    }
  }
}

const PARAGRAPH_STYLE = { normal: "BodyText", note: "Note", guidance: "Guidance", placeholder: "Placeholder" } as const;

function cover(page: CoverPage, context: DocxContext): string {
  const parts: string[] = [];
  if (page.overline) parts.push(docxParagraph("Overline", docxRun(page.overline)));
  parts.push(docxParagraph("Title", docxRun(page.title)));
  if (page.subtitle) parts.push(docxParagraph("Subtitle", docxRun(page.subtitle)));
  if (page.facts.length > 0) {
    parts.push(
      facts(
        page.facts.map((fact) => ({ label: fact.label, value: [fact.value] })),
        context,
      ),
    );
  }
  parts.push(PAGE_BREAK);
  return parts.join("");
}

function list(block: ListBlock, context: DocxContext): string {
  context.lists.push({ ordered: block.ordered });
  const numId = context.lists.length;
  const numbering = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
  return block.items.map((item) => docxParagraph("ListParagraph", docxInlines(item, context), numbering)).join("");
}

function tableStart(style: string, caption: string | null, shares: readonly number[]): string {
  const grid = shares.map((share) => `<w:gridCol w:w="${Math.round((TEXT_WIDTH_TWIPS * share) / 100)}"/>`);
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${style}"/>` +
    '<w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    (caption ? `<w:tblCaption w:val="${escapeXml(caption)}"/>` : "") +
    `</w:tblPr><w:tblGrid>${grid.join("")}</w:tblGrid>`
  );
}

function cell(share: number, style: string, runs: string, shading = ""): string {
  const width = Math.round((TEXT_WIDTH_TWIPS * share) / 100);
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${docxParagraph(style, runs)}</w:tc>`;
}

function table(block: TableBlock, context: DocxContext): string {
  const shares = columnShares(block.columns);
  const right = (index: number) => block.columns[index]?.align === "right";
  const shading = '<w:shd w:val="clear" w:color="auto" w:fill="DDE4EE"/>';
  const header = block.columns.map((column, index) =>
    cell(shares[index]!, right(index) ? "TableHeadingRight" : "TableHeading", docxRun(column.header), shading),
  );
  const rows = block.rows.map((row) => {
    const cells = block.columns.map((_, index) =>
      cell(shares[index]!, right(index) ? "TableTextRight" : "TableText", docxInlines(row[index] ?? [], context)),
    );
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join("")}</w:tr>`;
  });
  return (
    docxParagraph("Caption", docxRun(block.caption)) +
    tableStart("TenderTable", block.caption, shares) +
    // The header row is repeated at the top of every page the table runs onto.
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header.join("")}</w:tr>` +
    rows.join("") +
    "</w:tbl>" +
    docxParagraph("TableSpacer", "")
  );
}

function facts(items: FactsBlock["items"], context: DocxContext): string {
  const shares = [35, 65];
  const rows = items.map(
    (item) =>
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(35, "FactsLabel", docxRun(item.label))}${cell(65, "TableText", docxInlines(item.value, context))}</w:tr>`,
  );
  return tableStart("FactsTable", null, shares) + rows.join("") + "</w:tbl>" + docxParagraph("TableSpacer", "");
}

/**
 * A Word table-of-contents field over heading levels 1–2 (`TOC \o "1-2" \h`), with its result
 * already written (each entry linked to its heading), so it reads correctly before any update;
 * updating the field in Word or LibreOffice adds the page numbers.
 */
function contents(title: string, entries: readonly { entry: AnchoredHeading; bookmark: string }[]): string {
  const begin =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>';
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const paragraphs = entries.map(({ entry, bookmark }, index) => {
    const link = `<w:hyperlink w:anchor="${bookmark}" w:history="1">${docxRun(headingText(entry))}</w:hyperlink>`;
    return docxParagraph(
      `TOC${entry.level}`,
      (index === 0 ? begin : "") + link + (index === entries.length - 1 ? end : ""),
    );
  });
  const field = paragraphs.length > 0 ? paragraphs.join("") : docxParagraph("TOC1", begin + end);
  return (
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
    docxParagraph("TOCHeading", docxRun(title)) +
    field +
    "</w:sdtContent></w:sdt>"
  );
}
