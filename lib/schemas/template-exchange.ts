import { z } from "zod";
import { CLAUSE_STATUSES } from "@/lib/domain/clauses/clause-model";
import { TEMPLATE_LICENCES, type TemplateContent } from "@/lib/domain/templates/template-content";
import { LOCALES } from "@/lib/i18n/config";
import { CLAUSE_KEY_PATTERN, MAX_CLAUSE_KEY_LENGTH, templateContentSchema } from "./template-content";
import { MAX_CHOSEN_CLAUSES } from "./tender-clauses";

/**
 * The exchange file of a template version (issue 7): what one instance exports and another
 * imports, documented in docs/templates.md, with its JSON Schema served at
 * /schemas/template-exchange.v1.json. A new field that old readers may ignore keeps version 1;
 * anything else is version 2 with a schema of its own at a new address.
 */
export const TEMPLATE_FILE_FORMAT = "tender-commons/template";
export const TEMPLATE_FILE_VERSION = 1;
export const TEMPLATE_SCHEMA_PATH = "/schemas/template-exchange.v1.json";
/** 1 MB of text: a rich template is well under 200 kB, and nothing bigger is parsed. */
export const MAX_TEMPLATE_FILE_CHARACTERS = 1_000_000;

export const MAX_TEMPLATE_NAME_LENGTH = 200;
export const MAX_CHANGELOG_LENGTH = 4_000;
export const MAX_PUBLISHER_NAME_LENGTH = 200;
const MAX_CLAUSE_TEXT_LENGTH = 50_000;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isoDateTime = z.iso.datetime({ offset: true });

export const templateOriginSchema = z.strictObject({
  publisher: z.string().min(1).max(MAX_PUBLISHER_NAME_LENGTH),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .nullable(),
  templateId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  licence: z.enum(TEMPLATE_LICENCES),
  importedAt: isoDateTime,
});

export const templateFileHeaderSchema = z.strictObject({
  /** The template's id on the instance that exported it. */
  id: z.string().min(1).max(64),
  slug: z.string().min(1).max(120).regex(SLUG_PATTERN),
  name: z.string().min(1).max(MAX_TEMPLATE_NAME_LENGTH),
  language: z.enum(LOCALES),
  publisher: z.strictObject({
    name: z.string().min(1).max(MAX_PUBLISHER_NAME_LENGTH),
    /** ISO 3166-1 alpha-2. */
    country: z.string().regex(/^[A-Z]{2}$/),
  }),
  version: z.number().int().min(1),
  publishedAt: isoDateTime,
  changelog: z.string().max(MAX_CHANGELOG_LENGTH),
  licence: z.enum(TEMPLATE_LICENCES),
  /** The template's public page on the instance that exported it. */
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional(),
  /** Where the exporting instance had imported the template from, if it had. */
  origin: templateOriginSchema.optional(),
});

/** Each clause of the template as readers see it: the library's text in the template's language, defaults filled in. */
export const embeddedClauseSchema = z.strictObject({
  key: z.string().max(MAX_CLAUSE_KEY_LENGTH).regex(CLAUSE_KEY_PATTERN),
  version: z.number().int().min(1),
  status: z.enum(CLAUSE_STATUSES),
  title: z.string().max(500),
  text: z.string().max(MAX_CLAUSE_TEXT_LENGTH),
});

export const templateFileSchema = z
  .strictObject({
    /** The schema's address, for editors that validate as one types. */
    $schema: z.url().max(2_000).optional(),
    format: z.literal(TEMPLATE_FILE_FORMAT),
    formatVersion: z.literal(TEMPLATE_FILE_VERSION),
    template: templateFileHeaderSchema,
    content: templateContentSchema,
    clauses: z.array(embeddedClauseSchema).max(MAX_CHOSEN_CLAUSES),
  })
  .meta({
    title: "Tender Commons template exchange file, version 1",
    description:
      "One published version of a tender template: who published it, under which licence, its content " +
      "(intended use, clauses with their status and default parameters, requirements, sovereignty profile, " +
      "award criteria, guidance for drafters) and the text of its clauses for readers.",
  });

/** The file as read: its content typed as the domain's TemplateContent (which the schema's output fits). */
export type TemplateFile = Omit<z.output<typeof templateFileSchema>, "content"> & { content: TemplateContent };
export type EmbeddedClause = z.output<typeof embeddedClauseSchema>;

/** The JSON Schema (draft 2020-12) of the exchange file, under the address it is served at. */
export function templateFileJsonSchema(id: string): Record<string, unknown> {
  return { $id: id, ...z.toJSONSchema(templateFileSchema, { target: "draft-2020-12" }) };
}
