import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { CpvEntry } from "@/lib/domain/cpv/parse-cpv-csv";
import type { TemplateContent, TemplateOrigin } from "@/lib/domain/templates/template-content";
import type { DocumentText } from "../document-text";

/** One version of a template as its document names it: the draft has no publication day. */
export type TemplateDocumentVersion = {
  number: number;
  name: string;
  /** YYYY-MM-DD; null for the draft. */
  publishedOn: string | null;
  changelog: string;
};

/** What a template's document prints: one version of it, in the template's language. */
export type TemplateDocumentInput = {
  template: {
    /** The publishing organisation. */
    publisher: string;
    /** Deprecated by its publisher: the cover says so, as the catalogue page does. */
    withdrawn: boolean;
    /** Where an imported template came from, whom its licence asks to credit. */
    origin: TemplateOrigin | null;
    /** The template's public page (absolute); null while it has never been published. */
    url: string | null;
  };
  version: TemplateDocumentVersion & { content: TemplateContent };
  /** The versions up to the one shown (it included), newest first: the version history. */
  history: readonly TemplateDocumentVersion[];
  /** The definitions of the clause versions the template sets, by `key@version`. */
  clauseDefinitions: ReadonlyMap<string, Clause>;
  /** The CPV codes the template names, by their 8 digits (a prefix padded with zeros). */
  cpv: ReadonlyMap<string, CpvEntry>;
  /** The words of the template's language. */
  text: DocumentText;
  /** ISO timestamp for the file's metadata only. */
  createdAt: string;
};
