import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";

/**
 * The tenders a viewer may see: their current organisation's, if their roles there include
 * reading tenders. Every tender query spreads this, so a guessed id from another organisation
 * matches nothing.
 * SECURITY: change only with a second reviewer.
 */
export function tenderWhereForViewer(viewer: Viewer): Prisma.TenderWhereInput {
  if (!can(viewer.roles, "tender.view")) return { id: { in: [] } };
  return { organisationId: viewer.organisation.id };
}
