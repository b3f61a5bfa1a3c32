/**
 * One entry of the linter's curated list: a vendor, product, proprietary protocol, proprietary
 * file format or vendor certification, with the spellings it goes by. The list is data (one file
 * per field of software), so adding a name never touches the rules.
 *
 * Matching is on whole words (see term-matcher.ts). Names that are also ordinary words are kept
 * from firing on those words in three ways, chosen per entry:
 * - `caseSensitive`: "Teams" in "project teams", "SAP" in "sap", "Oracle" in "a test oracle";
 * - `inContext`: the bare word counts only next to a telling word, e.g. "Word" before "document"
 *   or after "format", never in "Word count"; vendor-prefixed spellings ("MS Word") are ordinary
 *   aliases and always count;
 * - `alsoAWord`: the name is an ordinary capitalised word at the start of a sentence ("Zoom
 *   levels", "Slack time"), so it is ignored there, and wherever one of `unlessFollowedBy` follows.
 */
export const TERM_KINDS = ["vendor", "product", "protocol", "format", "certification"] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export type LockInTerm = {
  /** Stable identifier, kebab-case. */
  id: string;
  /** How messages name it. */
  name: string;
  vendor: string | null;
  kind: TermKind;
  /** Spellings that always count. A leading dot marks a file extension (".docx"). */
  aliases: readonly string[];
  /** Compare letter case exactly (extensions never are). */
  caseSensitive: boolean;
  inContext?: { aliases: readonly string[]; before?: readonly string[]; after?: readonly string[] };
  alsoAWord?: { unlessFollowedBy?: readonly string[] };
  /** Formats only: the open format to offer instead, by name and by extension. */
  openAlternative?: { name: string; extension: string };
};

type Options = Partial<Pick<LockInTerm, "inContext" | "alsoAWord" | "openAlternative">> & {
  /** Case-sensitive, for acronyms and names that are also words. */
  cs?: boolean;
  name?: string;
};

/** Compact constructors for the data files: the first alias is the name unless one is given. */
function make(kind: TermKind) {
  return (id: string, vendor: string | null, aliases: readonly string[], options: Options = {}): LockInTerm => {
    const { cs, name, ...rest } = options;
    return { id, name: name ?? aliases[0] ?? id, vendor, kind, aliases, caseSensitive: cs ?? false, ...rest };
  };
}

export const vendor = make("vendor");
export const product = make("product");
export const protocol = make("protocol");
export const certification = make("certification");

/** A proprietary file format with the open one to offer instead. */
export function format(
  id: string,
  vendorName: string | null,
  aliases: readonly string[],
  openAlternative: { name: string; extension: string },
  options: Omit<Options, "openAlternative"> = {},
): LockInTerm {
  return make("format")(id, vendorName, aliases, { ...options, openAlternative });
}

/** Words next to a file-format name that show it is one ("DOC format", "PST files"), compared in lower case. */
export const FORMAT_CONTEXT_AFTER = [
  "format",
  "formats",
  "formate",
  "file",
  "files",
  "datei",
  "dateien",
  "fichier",
  "fichiers",
];
export const FORMAT_CONTEXT_BEFORE = ["format", "formats", "formate", "dateiformat"];
