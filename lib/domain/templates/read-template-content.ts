import { templateContentSchema } from "@/lib/schemas/template-content";
import { DEFAULT_TEMPLATE_LICENCE, type TemplateContent } from "./template-content";

/**
 * The content of a stored template version (TemplateVersion.content). Every reader goes through
 * here, so the shape is checked in one place, with the schema every write and import uses
 * (lib/schemas/template-content.ts). Stored content that does not fit is a fault of the data,
 * not of the reader's input: it throws, naming the first paths concerned, never the values.
 */
export function readTemplateContent(stored: unknown): TemplateContent {
  const parsed = templateContentSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const paths = parsed.error.issues.slice(0, 5).map((issue) => issue.path.join(".") || "(content)");
  throw new Error(`Stored template content is not valid at ${paths.join(", ")}.`);
}

/** An empty draft: what a new template starts from. */
export function emptyTemplateContent(overrides: Partial<TemplateContent> = {}): TemplateContent {
  return {
    summary: "",
    intendedUse: {
      category: "OTHER",
      contractNature: null,
      cpvPrefixes: [],
      procedureTypes: [],
      valueRange: { minCents: null, maxCents: null },
    },
    clauses: [],
    requirements: [],
    sovereignty: null,
    award: null,
    guidance: [],
    licence: DEFAULT_TEMPLATE_LICENCE,
    ...overrides,
  };
}
