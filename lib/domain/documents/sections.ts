import type { Block, HeadingBlock, Inline } from "./document-model";

/**
 * A numbered part of a document: the builders write sections, and `numberedBlocks` numbers them
 * in order ("3", "3.2", "3.2.1"), so no builder counts headings by hand and inserting a section
 * renumbers everything after it.
 */
export type Section = {
  title: string;
  /** Stable and unique in the document, e.g. "requirements" or "clause-exit-plan". */
  anchor: string;
  blocks: Block[];
  subsections?: Section[];
};

export function numberedBlocks(sections: readonly Section[]): Block[] {
  const out: Block[] = [];
  const walk = (level: readonly Section[], prefix: string, depth: 1 | 2 | 3) =>
    level.forEach((section, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      const heading: HeadingBlock = {
        kind: "heading",
        level: depth,
        text: section.title,
        number,
        anchor: section.anchor,
      };
      out.push(heading, ...section.blocks);
      const children = section.subsections ?? [];
      if (children.length > 0 && depth === 3) throw new Error(`Section ${number} nests too deep`);
      if (children.length > 0) walk(children, number, (depth + 1) as 2 | 3);
    });
  walk(sections, "", 1);
  return out;
}

/** A body paragraph. */
export function paragraph(...content: Inline[]): Block {
  return { kind: "paragraph", content };
}

/** A smaller remark: a source, a legal basis, how a figure is rounded. */
export function note(...content: Inline[]): Block {
  return { kind: "paragraph", content, style: "note" };
}

/** A bulleted list of plain lines. */
export function bullets(items: readonly (string | Inline[])[]): Block {
  return { kind: "list", ordered: false, items: items.map((item) => (typeof item === "string" ? [item] : item)) };
}

/** A table whose cells are plain text. */
export function textTable(
  caption: string,
  columns: readonly (string | { header: string; align?: "left" | "right"; widthPercent?: number })[],
  rows: readonly (readonly (string | Inline[])[])[],
): Block {
  return {
    kind: "table",
    caption,
    columns: columns.map((column) => (typeof column === "string" ? { header: column } : column)),
    rows: rows.map((row) => row.map((cell) => (typeof cell === "string" ? [cell] : cell))),
  };
}

/** Headings become anchors: lower case, letters and digits, words joined by "-". */
export function anchorOf(...parts: string[]): string {
  return parts
    .join("-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
