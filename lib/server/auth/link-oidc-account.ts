import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db } from "@/lib/server/db";

type OidcProfile = { email?: string | null; email_verified?: boolean } | undefined;

/**
 * OpenID Connect accounts are never created on the fly: an administrator adds the person first,
 * and their first single sign-on links the identity provider's subject to that account, matched
 * on a verified e-mail address.
 */
export async function linkOidcAccount(db: Db, input: { subject: string; profile: OidcProfile }): Promise<boolean> {
  const bySubject = await db.user.findUnique({
    where: { oidcSubject: input.subject },
    select: { id: true, isActive: true },
  });
  if (bySubject) return bySubject.isActive;

  const email = input.profile?.email?.trim().toLowerCase();
  if (!email || input.profile?.email_verified === false) return false;
  const byEmail = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, isActive: true, oidcSubject: true },
  });
  if (!byEmail || !byEmail.isActive || byEmail.oidcSubject) return false;

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: byEmail.id }, data: { oidcSubject: input.subject, lastSignInAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: { userId: byEmail.id, email: byEmail.email },
      organisationId: null,
      action: "user.oidc_linked",
      entityType: "User",
      entityId: byEmail.id,
      after: { subject: input.subject },
    });
  });
  return true;
}
