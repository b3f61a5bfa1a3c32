import "server-only";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { lockTemplate } from "./template-lock";

/**
 * Deprecates a published template, saying why and, when there is one, which template replaces it:
 * another published template of the same organisation. Its versions stay readable; a draft in
 * progress is kept but can no longer be published.
 */
export async function deprecateTemplate(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; version: number; successorId: string; note: string },
  now = new Date(),
) {
  const { template, version } = await lockTemplate(tx, viewer, input, "deprecate");
  let successor: { id: string; name: string } | null = null;
  if (input.successorId !== "") {
    successor = await tx.tenderTemplate.findFirst({
      where: {
        id: input.successorId,
        organisationId: viewer.organisation.id,
        status: "PUBLISHED",
        NOT: { id: template.id },
      },
      select: { id: true, name: true },
    });
    if (!successor) throw new AppError("VALIDATION", "templates.errors.successorInvalid", "successorId");
  }
  await tx.tenderTemplate.update({
    where: { id: template.id },
    data: { status: "DEPRECATED", successorId: successor?.id ?? null, deprecationNote: input.note, deprecatedAt: now },
  });
  return { templateId: template.id, successor, version };
}

/** The templates a deprecated one can point to: the organisation's other published templates. */
export async function successorChoices(tx: Pick<DbTransaction, "tenderTemplate">, viewer: Viewer, templateId: string) {
  return tx.tenderTemplate.findMany({
    where: { organisationId: viewer.organisation.id, status: "PUBLISHED", NOT: { id: templateId } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
