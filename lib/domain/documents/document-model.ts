/**
 * The neutral document model of every export (issue 8). Exports are built in two steps: a pure
 * function turns a tender, a template or an award report into a `DocumentModel`, then one renderer
 * per format (Markdown, ODT, DOCX, PDF) writes it out. Renderers add nothing of their own but
 * layout: every word, number and heading number is decided here, so all formats say the same
 * thing and the same model always gives the same bytes (apart from `meta.createdAt`).
 */

/** A run of text inside a paragraph, list item or table cell. */
export type InlineRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Monospace: identifiers such as SPDX licence ids or requirement keys. */
  code?: boolean;
  /** An absolute http(s) or mailto URL; renderers write it as a hyperlink. */
  link?: string;
};

/** Text with its runs, in order. A plain string is one unstyled run. */
export type Inline = string | InlineRun;

export type HeadingBlock = {
  kind: "heading";
  /** 1 is a chapter; renderers map levels to their heading styles and PDF bookmarks. */
  level: 1 | 2 | 3 | 4;
  text: string;
  /** The section number as the document shows it ("2", "2.3"), decided by the builder. */
  number?: string;
  /** A stable anchor (e.g. "clause-exit-plan") for links and bookmarks. */
  anchor?: string;
};

export type ParagraphBlock = {
  kind: "paragraph";
  content: Inline[];
  /**
   * normal: body text; note: a smaller remark (sources, legal basis); guidance: advice to the
   * drafter shown in templates only (boxed or shaded); placeholder: text the drafter must replace.
   */
  style?: "normal" | "note" | "guidance" | "placeholder";
};

export type ListBlock = {
  kind: "list";
  ordered: boolean;
  /** Each item is a run of inlines; nested lists are not needed by any document so far. */
  items: Inline[][];
};

export type TableColumn = {
  header: string;
  /** Numbers and amounts are right-aligned. */
  align?: "left" | "right";
  /** Share of the text width, 1–100; columns without one share what is left equally. */
  widthPercent?: number;
};

export type TableBlock = {
  kind: "table";
  /** Shown above the table and used as its accessible name. */
  caption: string;
  columns: TableColumn[];
  /** rows[r][c] is the content of one cell; every row has exactly `columns.length` cells. */
  rows: Inline[][][];
};

/** Label–value pairs, e.g. the cover page's facts or a bid's summary. */
export type FactsBlock = {
  kind: "facts";
  items: { label: string; value: Inline[] }[];
};

export type PageBreakBlock = { kind: "pageBreak" };

/** Where the renderer puts a table of contents built from the headings (levels 1–2). */
export type ContentsBlock = { kind: "contents"; title: string };

export type Block =
  HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FactsBlock | PageBreakBlock | ContentsBlock;

/** The first page: what a reader must see before anything else. */
export type CoverPage = {
  /** e.g. the contracting authority's name, shown above the title. */
  overline?: string;
  title: string;
  subtitle?: string;
  facts: { label: string; value: string }[];
};

export type DocumentMeta = {
  title: string;
  /** BCP 47 language of the document's text ("en", "fr", "de"). */
  language: string;
  /** Who the document is from (the authority or the publishing OSPO). */
  author?: string;
  subject?: string;
  keywords?: string[];
  /**
   * ISO 8601 timestamp written to the file's metadata only. It is the one thing allowed to differ
   * between two exports of the same input; renderers write nothing else time-dependent.
   */
  createdAt: string;
};

/** Localised words the renderers need for the page frame. */
export type DocumentLabels = {
  /** e.g. "Page {page} of {pages}": renderers substitute the two fields. */
  pageNumber: string;
};

export type DocumentModel = {
  meta: DocumentMeta;
  labels: DocumentLabels;
  cover?: CoverPage;
  blocks: Block[];
};

/** A rendered file, ready to be sent or written. */
export type RenderedDocument = {
  bytes: Uint8Array;
  mediaType: string;
  /** Without a directory; the extension matches the format. */
  fileName: string;
};

/** One renderer per format, each a pure function of the model. */
export type DocumentRenderer = (model: DocumentModel, baseName: string) => Promise<RenderedDocument>;
