import "server-only";
import { AppError } from "@/lib/errors";
import { slugFromName, uniqueSlug } from "@/lib/domain/templates/slug";
import type { DbTransaction } from "@/lib/server/db";

/**
 * Names are unique within an organisation (the database says so too); two names that differ only
 * in capitals would confuse readers of the catalogue as much, so they are refused here as well.
 */
export async function ensureTemplateNameFree(
  tx: DbTransaction,
  organisationId: string,
  name: string,
  exceptTemplateId?: string,
  field = "name",
): Promise<void> {
  const taken = await tx.tenderTemplate.findFirst({
    where: {
      organisationId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptTemplateId ? { id: { not: exceptTemplateId } } : {}),
    },
    select: { id: true },
  });
  if (taken) throw new AppError("VALIDATION", "templates.errors.nameTaken", field);
}

/** A public address no other template of the instance uses, from the name. */
export async function freeSlug(tx: DbTransaction, name: string): Promise<string> {
  const base = slugFromName(name);
  const rows = await tx.tenderTemplate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(rows.map((row) => row.slug)));
}
