import type { TemplateContent } from "./template-content";

/**
 * The content of a stored template version (TemplateVersion.content). Every reader goes through
 * here, so the shape is checked in one place.
 * TODO(template-core): validate with the zod schema of lib/schemas/template-content.ts.
 */
export function readTemplateContent(stored: unknown): TemplateContent {
  return stored as TemplateContent;
}
