import type { Nodes, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Block, Inline, InlineRun } from "./document-model";

/**
 * The drafters' Markdown (clause bodies, requirements, criteria descriptions) as blocks of the
 * document model. Only what every format can show survives: paragraphs, lists, bold, italic,
 * code and http(s)/mailto links. Raw HTML is kept as the literal text it is, never interpreted,
 * and headings inside a text become bold paragraphs, so they cannot disturb the document's own
 * numbered headings. A line break inside a text is a "\n" in a run.
 */
export function markdownToBlocks(markdown: string): Block[] {
  return fromMarkdown(markdown).children.flatMap((node) => blocksOf(node));
}

/** The same text as one run of inlines, for a table cell: blocks on lines of their own. */
export function markdownToInlines(markdown: string): Inline[] {
  return blocksToInlines(markdownToBlocks(markdown));
}

/** The text alone, for a heading or a file name. */
export function markdownToPlainText(markdown: string): string {
  return plainText(markdownToInlines(markdown));
}

export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (typeof inline === "string" ? inline : inline.text)).join("");
}

export function blocksToInlines(blocks: readonly Block[]): Inline[] {
  const lines: Inline[][] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") lines.push(block.content);
    if (block.kind === "list") {
      block.items.forEach((item, index) => lines.push([block.ordered ? `${index + 1}. ` : "– ", ...item]));
    }
  }
  return mergeRuns(lines.flatMap((line, index) => (index === 0 ? line : ["\n", ...line])));
}

type Style = Omit<InlineRun, "text">;

function blocksOf(node: RootContent, style: "normal" | "note" = "normal"): Block[] {
  switch (node.type) {
    case "paragraph":
      return paragraph(inlinesOf(node.children, {}), style);
    case "heading":
      return paragraph(inlinesOf(node.children, { bold: true }), style);
    case "blockquote":
      return node.children.flatMap((child) => blocksOf(child, "note"));
    case "list":
      return [{ kind: "list", ordered: node.ordered === true, items: node.children.map((item) => listItem(item.children)) }]; // prettier-ignore
    case "code":
      return paragraph([{ text: node.value, code: true }], style);
    case "html":
      return paragraph([node.value], style);
    default:
      // Thematic breaks, link definitions and anything GFM-only carry no text of their own.
      return [];
  }
}

function paragraph(content: Inline[], style: "normal" | "note"): Block[] {
  if (plainText(content).trim() === "") return [];
  return [style === "normal" ? { kind: "paragraph", content } : { kind: "paragraph", content, style }];
}

/** One item of a list on one run: its paragraphs, and any nested list, on lines of their own. */
function listItem(children: readonly RootContent[]): Inline[] {
  return blocksToInlines(children.flatMap((child) => blocksOf(child)));
}

function inlinesOf(nodes: readonly PhrasingContent[], style: Style): Inline[] {
  return mergeRuns(nodes.flatMap((node) => runsOf(node, style)));
}

function runsOf(node: PhrasingContent, style: Style): InlineRun[] {
  switch (node.type) {
    case "text":
      // A soft line break is a space; only a hard break ("break") is a new line.
      return [{ ...style, text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, " ") }];
    case "strong":
      return node.children.flatMap((child) => runsOf(child, { ...style, bold: true }));
    case "emphasis":
      return node.children.flatMap((child) => runsOf(child, { ...style, italic: true }));
    case "inlineCode":
      return [{ ...style, text: node.value, code: true }];
    case "break":
      return [{ ...style, text: "\n" }];
    case "link": {
      const link = safeLink(node.url);
      return node.children.flatMap((child) => runsOf(child, link ? { ...style, link } : style));
    }
    case "image":
      return node.alt ? [{ ...style, text: node.alt }] : [];
    case "html":
      return [{ ...style, text: node.value }];
    default:
      return "children" in node ? (node.children as PhrasingContent[]).flatMap((child) => runsOf(child, style)) : textOf(node, style); // prettier-ignore
  }
}

function textOf(node: Nodes, style: Style): InlineRun[] {
  return "value" in node && typeof node.value === "string" ? [{ ...style, text: node.value }] : [];
}

/** Absolute http(s) and mailto addresses only: a document never links to anything else. */
export function safeLink(url: string): string | undefined {
  return /^(https?:\/\/|mailto:)\S+$/i.test(url.trim()) ? url.trim() : undefined;
}

/** Neighbouring runs of the same style as one, and plain runs as plain strings. */
export function mergeRuns(inlines: readonly Inline[]): Inline[] {
  const runs: InlineRun[] = [];
  for (const inline of inlines) {
    const run = typeof inline === "string" ? { text: inline } : inline;
    if (run.text === "") continue;
    const last = runs.at(-1);
    if (last && sameStyle(last, run)) runs[runs.length - 1] = { ...last, text: last.text + run.text };
    else runs.push(run);
  }
  return runs.map((run) => (Object.keys(run).length === 1 ? run.text : compact(run)));
}

const STYLE_KEYS = ["bold", "italic", "code", "link"] as const;

function sameStyle(a: InlineRun, b: InlineRun): boolean {
  return STYLE_KEYS.every((key) => (a[key] || undefined) === (b[key] || undefined));
}

/** Only the styles that are on, in a fixed order, so equal runs are equal objects. */
function compact(run: InlineRun): Inline {
  const out: InlineRun = { text: run.text };
  for (const key of STYLE_KEYS) if (run[key]) (out as Record<string, unknown>)[key] = run[key];
  return Object.keys(out).length === 1 ? out.text : out;
}
