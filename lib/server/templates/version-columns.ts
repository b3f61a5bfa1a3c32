import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { templateContentSchema } from "@/lib/schemas/template-content";
import { AppError } from "@/lib/errors";

/**
 * What a version row holds besides its number: the content, validated with the schema every
 * reader uses (nothing that fails it is ever written), and the filter columns the catalogue
 * searches, copied from it.
 */
export function versionColumns(name: string, content: TemplateContent) {
  const parsed = templateContentSchema.safeParse(content);
  if (!parsed.success) {
    const paths = parsed.error.issues.slice(0, 3).map((issue) => issue.path.join("."));
    console.error(`[templates] refused to store content invalid at ${paths.join(", ")}`);
    throw new AppError("VALIDATION", "templates.errors.contentInvalid");
  }
  return {
    name,
    summary: content.summary,
    content: parsed.data as unknown as Prisma.InputJsonValue,
    category: content.intendedUse.category,
    contractNature: content.intendedUse.contractNature,
    cpvPrefixes: content.intendedUse.cpvPrefixes,
    procedureTypes: content.intendedUse.procedureTypes,
    licence: content.licence,
  };
}
