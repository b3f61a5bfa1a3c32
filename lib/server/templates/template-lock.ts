import "server-only";
import { AppError } from "@/lib/errors";
import { refusalOf, type TemplateOperation } from "@/lib/domain/templates/lifecycle";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { getTemplate, type TemplateDto } from "./template-dto";

/**
 * The start of every change to a template: takes the optimistic lock (the version the form was
 * loaded at must still be the template's, and is moved on at once, so a second save from the
 * same old page is refused), then loads the template and checks the lifecycle allows the
 * operation. A template of another organisation is not found.
 */
export async function lockTemplate(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; version: number },
  operation: TemplateOperation,
): Promise<{ template: TemplateDto; version: number }> {
  const updated = await tx.tenderTemplate.updateMany({
    where: { id: input.templateId, organisationId: viewer.organisation.id, version: input.version },
    data: { version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const exists = await tx.tenderTemplate.count({
      where: { id: input.templateId, organisationId: viewer.organisation.id },
    });
    throw exists ? new AppError("CONFLICT", "templates.errors.changedMeanwhile") : new AppError("NOT_FOUND");
  }
  const template = await getTemplate(tx, viewer, input.templateId);
  const refusal = refusalOf(operation, template.lifecycle);
  if (refusal) throw new AppError("INVALID_STATE", `templates.lifecycle.${refusal}`);
  return { template, version: input.version + 1 };
}
