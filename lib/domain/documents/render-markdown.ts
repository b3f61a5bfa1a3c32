import type { Block, DocumentModel, DocumentRenderer, Inline, InlineRun, TableBlock } from "./document-model";

/**
 * The document as Markdown: CommonMark with GFM tables, UTF-8, "\n" line endings. The same model
 * always gives the same text: nothing of the metadata is written (Markdown has no place for it),
 * so not even `meta.createdAt` changes it. Text is escaped wherever Markdown would read it as
 * markup, so a drafter's "*" or "<b>" shows as typed. Headings shift one level down: the title is
 * the one "#", chapters are "##".
 */
export const renderMarkdown: DocumentRenderer = async (model, baseName) => ({
  bytes: new TextEncoder().encode(markdownOf(model)),
  mediaType: "text/markdown; charset=utf-8",
  fileName: `${baseName}.md`,
});

export function markdownOf(model: DocumentModel): string {
  const parts: string[] = [];
  if (model.cover) {
    const { overline, title, subtitle, facts } = model.cover;
    if (overline) parts.push(escapeLineStart(escapeLine(overline)));
    parts.push(`# ${escapeLine(title, true)}`);
    if (subtitle) parts.push(`*${escapeLine(subtitle)}*`);
    if (facts.length > 0) parts.push(factsList(facts.map((fact) => ({ label: fact.label, value: [fact.value] }))));
  } else {
    parts.push(`# ${escapeLine(model.meta.title, true)}`);
  }
  for (const block of model.blocks) {
    const text = blockText(block, model.blocks);
    if (text !== "") parts.push(text);
  }
  return `${parts.join("\n\n")}\n`;
}

function blockText(block: Block, all: readonly Block[]): string {
  switch (block.kind) {
    case "heading": {
      return `${"#".repeat(block.level + 1)} ${numberText(block.number)}${escapeLine(block.text, true)}`;
    }
    case "paragraph": {
      const text = inlineText(block.content, "flow");
      if (text === "") return "";
      if (block.style === "note" || block.style === "guidance") return prefixLines(text, "> ", "> ");
      if (block.style === "placeholder") return `\\[${text}\\]`;
      return text;
    }
    case "list":
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}. ` : "- ";
          return prefixLines(inlineText(item, "flow"), marker, " ".repeat(marker.length));
        })
        .join("\n");
    case "facts":
      return factsList(block.items);
    case "table":
      return tableText(block);
    case "pageBreak":
      return "---";
    case "contents":
      return contentsText(block.title, all);
  }
}

function factsList(items: readonly { label: string; value: Inline[] }[]): string {
  return items
    .map((item) => prefixLines(`**${escapeLine(item.label)}:** ${inlineText(item.value, "flow")}`, "- ", "  "))
    .join("\n");
}

/** The headings of levels 1 and 2, as a nested list (Markdown has no page numbers to give). */
function contentsText(title: string, blocks: readonly Block[]): string {
  const lines = blocks.flatMap((block) =>
    block.kind === "heading" && block.level <= 2
      ? [`${block.level === 2 ? "  " : ""}- ${numberText(block.number)}${escapeLine(block.text, true)}`]
      : [],
  );
  return [`## ${escapeLine(title, true)}`, ...(lines.length > 0 ? [lines.join("\n")] : [])].join("\n\n");
}

/** A section number ("2.3") never starts a line, so only its inline characters need escaping. */
function numberText(number: string | undefined): string {
  return number ? `${/^[\d.]+$/.test(number) ? number : escapeLine(number, true)} ` : "";
}

function tableText(table: TableBlock): string {
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const width = table.columns.length;
  const lines = [
    row(table.columns.map((column) => escapeLine(column.header))),
    row(table.columns.map((column) => (column.align === "right" ? "---:" : "---"))),
    ...table.rows.map((cells) =>
      row(Array.from({ length: width }, (_, index) => inlineText(cells[index] ?? [], "cell"))),
    ),
  ];
  const caption = table.caption.trim() ? `**${escapeLine(table.caption)}**\n\n` : "";
  return caption + lines.join("\n");
}

/** The first line after `first`, the others after `rest` (list items continue under their text). */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? first : line === "" ? rest.trimEnd() : rest) + line)
    .join("\n");
}

type Context = "flow" | "cell";

/** Runs as Markdown. In flow text a "\n" is a hard line break; in a table cell, a space. */
function inlineText(content: readonly Inline[], context: Context): string {
  const text = content
    .map((inline) => runText(typeof inline === "string" ? { text: inline } : inline, context))
    .join("");
  // Empty lines would end the paragraph: a break is one line break, however many were typed.
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => (context === "flow" ? escapeLineStart(line) : line))
    .join("\\\n");
}

function runText(run: InlineRun, context: Context): string {
  const raw = context === "cell" ? run.text.replace(/\s*\n\s*/g, " ") : run.text;
  if (raw === "") return "";
  let text: string;
  if (run.code) {
    text = codeSpan(raw.replace(/\s*\n\s*/g, " "), context);
  } else {
    const [, lead = "", body = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw) ?? [];
    if (body === "") return raw;
    const marks = run.bold && run.italic ? "***" : run.bold ? "**" : run.italic ? "*" : "";
    text = `${lead}${marks}${escapeInline(body)}${marks}${trail}`;
  }
  return run.link ? `[${text}](${linkTarget(run.link)})` : text;
}

function codeSpan(text: string, context: Context): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const body = context === "cell" ? text.replace(/\|/g, "\\|") : text;
  const pad = body.startsWith("`") || body.endsWith("`") || (body.startsWith(" ") && body.endsWith(" ")) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Characters a link destination cannot hold bare, percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(
    /[()<>\s\\]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** One line of text: line breaks become spaces (headings, captions, table headers). */
function escapeLine(text: string, heading = false): string {
  const escaped = escapeInline(text.replace(/\s*\n\s*/g, " ").trim());
  // A heading's text may not end in "#"s, which Markdown would take as a closing sequence.
  return heading ? escaped.replace(/#/g, "\\#") : escaped;
}

/** Backslashes before the characters Markdown reads as inline markup, wherever they are. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`).replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
}

/** A backslash before what would start a block at the start of a line: a heading, a list, a setext underline. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Text that may start a line: inline markup and block starts escaped. */
export function escapeText(text: string): string {
  return escapeInline(text).split("\n").map(escapeLineStart).join("\n");
}
