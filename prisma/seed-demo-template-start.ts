import type { Prisma } from "../lib/generated/prisma/client";

export type DemoTemplateStart = { versionId: string; number: number; templateId: string };

/**
 * The published template version a demo tender was started from, found by the template's slug
 * (demo templates are seeded first); null when a database predates it, and the tender is then
 * stored without the link rather than not at all.
 */
export async function demoTemplateVersion(
  tx: Prisma.TransactionClient,
  start: { slug: string; version: number },
): Promise<DemoTemplateStart | null> {
  const version = await tx.templateVersion.findFirst({
    where: { number: start.version, publishedAt: { not: null }, template: { slug: start.slug } },
    select: { id: true, number: true, templateId: true },
  });
  return version ? { versionId: version.id, number: version.number, templateId: version.templateId } : null;
}

/** "Started from a template", as the app's start action records it beside `tender.created`. */
export async function recordDemoTemplateStart(
  tx: Prisma.TransactionClient,
  template: DemoTemplateStart,
  tender: { id: string; organisationId: string; reference: string; createdAt: Date },
  author: { id: string | null; email: string },
) {
  await tx.auditEvent.create({
    data: {
      organisationId: tender.organisationId,
      actorId: author.id,
      actorEmail: author.email,
      action: "tender.created_from_template",
      entityType: "Tender",
      entityId: tender.id,
      after: {
        templateId: template.templateId,
        templateVersion: template.number,
        reference: tender.reference,
        source: "demo data",
      },
      occurredAt: tender.createdAt,
    },
  });
}
