import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type OutlineNode = { title: string; items: OutlineNode[] };

/**
 * What a reader of a PDF gets: the text of each page and the bookmarks (outline) as indented
 * titles, read with Mozilla's PDF.js, for tests only.
 */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: string[]; outline: string[]; info: Record<string, unknown> }> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  const outline: string[] = [];
  const walk = (nodes: readonly OutlineNode[], depth: number) => {
    for (const node of nodes) {
      outline.push(`${"  ".repeat(depth)}${node.title}`);
      walk(node.items, depth + 1);
    }
  };
  walk(((await document.getOutline()) ?? []) as OutlineNode[], 0);
  const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
  await document.destroy();
  return { pages, outline, info };
}
