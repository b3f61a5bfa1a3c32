import PDFDocument from "pdfkit";
import type { DocumentModel, DocumentRenderer } from "./document-model";
import { anchoredHeadings, columnShares, contentsEntries, pageNumberText } from "./model-text";
import { GENERATOR } from "./odt/odt-meta";
import {
  drawContents,
  drawCover,
  drawHeading,
  drawList,
  drawParagraph,
  pageBreak,
  type PdfContext,
} from "./pdf/pdf-blocks";
import { fontFiles } from "./pdf/pdf-fonts";
import { COLOURS, CONTENT_WIDTH, LEFT, newPage, PAGE } from "./pdf/pdf-page";
import { drawTable } from "./pdf/pdf-table";
import { writeRuns, type Pdf } from "./pdf/pdf-text";

export const PDF_MEDIA_TYPE = "application/pdf";

/**
 * PDF with a text layer, tagged (headings, paragraphs, lists, tables, table of contents) for
 * screen readers, with the headings as bookmarks and "Page N of M" on every page after the cover.
 * The font (Noto Sans) is embedded from the project, never read from the system, and the document
 * id and dates come from `meta.createdAt`, so the same model gives the same bytes.
 */
export const renderPdf: DocumentRenderer = async (model, baseName) => ({
  bytes: await pdfBytes(model),
  mediaType: PDF_MEDIA_TYPE,
  fileName: `${baseName}.pdf`,
});

export async function pdfBytes(model: DocumentModel): Promise<Uint8Array> {
  // The table of contents shows page numbers: a first layout finds them, the second writes them.
  // Its entries take the same room either way, so both layouts put every heading on the same page.
  const hasContents = model.blocks.some((block) => block.kind === "contents");
  const pages = hasContents ? layout(model, new Map()).headingPages : new Map<string, number>();
  const { doc } = layout(model, pages);
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  drawFooters(doc, model);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

function createDocument(model: DocumentModel): Pdf {
  const parsed = Date.parse(model.meta.createdAt);
  const created = new Date(Number.isNaN(parsed) ? 0 : parsed);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit would load Helvetica from its own files; ours are registered below.
    font: null as unknown as string,
    tagged: true,
    lang: model.meta.language,
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: model.meta.title,
      ...(model.meta.author ? { Author: model.meta.author } : {}),
      ...(model.meta.subject ? { Subject: model.meta.subject } : {}),
      ...(model.meta.keywords?.length ? { Keywords: model.meta.keywords.join(", ") } : {}),
      Creator: GENERATOR,
      Producer: GENERATOR,
      CreationDate: created,
      ModDate: created,
    },
  });
  for (const [name, bytes] of fontFiles()) doc.registerFont(name, bytes);
  return doc;
}

function layout(model: DocumentModel, contentsPages: ReadonlyMap<string, number>): PdfContext {
  const doc = createDocument(model);
  const root = doc.struct("Document");
  doc.addStructure(root);
  const context: PdfContext = { doc, root, outline: [], headingPages: new Map(), contentsPages };
  newPage(doc);
  if (model.cover) drawCover(context, model.cover);
  const headings = anchoredHeadings(model.blocks);
  model.blocks.forEach((block, index) => {
    switch (block.kind) {
      case "heading":
        return drawHeading(context, headings.get(index)!);
      case "paragraph":
        return drawParagraph(context, block);
      case "list":
        return drawList(context, block);
      case "table":
        return drawTable(doc, root, {
          caption: block.caption,
          header: block.columns.map((column) => ({ text: column.header, align: column.align ?? "left" })),
          shares: columnShares(block.columns),
          align: block.columns.map((column) => column.align ?? "left"),
          rows: block.rows,
        });
      case "facts":
        return drawTable(doc, root, {
          caption: null,
          header: null,
          shares: [35, 65],
          align: ["left", "left"],
          rows: block.items.map((item) => [[item.label], item.value]),
          labelColumn: true,
        });
      case "pageBreak":
        return pageBreak(context);
      case "contents":
        return drawContents(context, block.title, contentsEntries(headings));
    }
  });
  root.end();
  return context;
}

/** "Page N of M" at the foot of every page but the cover, as a pagination artifact. */
function drawFooters(doc: Pdf, model: DocumentModel): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = model.cover ? 1 : 0; index < count; index++) {
    doc.switchToPage(start + index);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    const label = pageNumberText(model.labels.pageNumber, index + 1, count);
    writeRuns(doc, [label], LEFT, PAGE.size[1] - 40, CONTENT_WIDTH, {
      size: 8.5,
      color: COLOURS.muted,
      align: "center",
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
