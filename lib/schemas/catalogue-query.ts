import { z } from "zod";
import { PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { cpvFilterPrefix } from "@/lib/domain/templates/cpv-filter";
import { TEMPLATE_CATEGORIES } from "@/lib/domain/templates/template-content";
import { LOCALES } from "@/lib/i18n/config";

export const CATALOGUE_SORTS = ["relevance", "newest", "used"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];
export const CATALOGUE_PAGE_SIZE = 20;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((value) => (value ? value : undefined));

/**
 * The catalogue's query string (a plain GET form, so every result page has its own address).
 * Anything unreadable falls back to "no filter", never to an error page: links are shared and
 * edited by hand. `cpv` keeps what was typed (the form shows it back); `cpvPrefix` is what the
 * search uses, null when what was typed is not a code.
 */
export const catalogueQuerySchema = z
  .object({
    q: z.string().trim().max(200).catch("").default(""),
    category: z.enum(TEMPLATE_CATEGORIES).optional().catch(undefined),
    cpv: optionalText(20),
    procedure: z.enum(PROCEDURE_TYPES).optional().catch(undefined),
    language: z.enum(LOCALES).optional().catch(undefined),
    publisher: optionalText(40),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .catch(undefined),
    sort: z.enum(CATALOGUE_SORTS).optional().catch(undefined),
    deprecated: z
      .enum(["1", "true", "on"])
      .optional()
      .catch(undefined)
      .transform((value) => value !== undefined),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  .transform((query) => ({
    ...query,
    cpvPrefix: query.cpv ? cpvFilterPrefix(query.cpv) : null,
    // Relevance only means something when searching; newest first otherwise.
    sort: query.sort ?? (query.q ? "relevance" : "newest"),
  }));
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
export type CatalogueQueryInput = z.input<typeof catalogueQuerySchema>;
