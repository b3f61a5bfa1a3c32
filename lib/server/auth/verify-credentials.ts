import "server-only";
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, combineVerdicts } from "@/lib/domain/auth/sign-in-throttle";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db } from "@/lib/server/db";
import { verifyPassword } from "./password";
import {
  accountThrottleKey,
  addressThrottleKey,
  assessKeys,
  clearKey,
  recordFailures,
  type ThrottleKey,
} from "./sign-in-throttle-store";

export type CredentialsOutcome =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMs: number };

export type VerifyCredentialsDeps = {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * Checks an e-mail and password, applying the sign-in throttle. Unknown e-mail addresses, wrong
 * passwords and deactivated accounts all give the same "invalid" answer after the same work.
 */
export async function verifyCredentials(
  db: Db,
  input: { email: string; password: string; clientAddress: string | null },
  deps: VerifyCredentialsDeps = {},
): Promise<CredentialsOutcome> {
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const email = input.email.trim().toLowerCase();
  const keys: ThrottleKey[] = [{ key: accountThrottleKey(email), policy: ACCOUNT_THROTTLE }];
  if (input.clientAddress) keys.push({ key: addressThrottleKey(input.clientAddress), policy: ADDRESS_THROTTLE });

  const verdict = combineVerdicts(await assessKeys(db, keys, now()));
  if (verdict.kind === "locked") return { ok: false, reason: "locked", retryAfterMs: verdict.retryAfterMs };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, isActive: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash, input.password);

  if (user && user.isActive && passwordMatches) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now() } });
      await recordAuditEvent(tx, {
        actor: { userId: user.id, email: user.email },
        organisationId: null,
        action: "user.signed_in",
        entityType: "User",
        entityId: user.id,
        after: { method: "password" },
      });
    });
    await clearKey(db, accountThrottleKey(email));
    return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
  }

  const lockedNow = await recordFailures(db, keys, now());
  if (lockedNow) {
    await recordAuditEvent(db, {
      actor: null,
      organisationId: null,
      action: "sign_in.locked",
      entityType: "SignInThrottle",
      entityId: keys[0]!.key,
      after: { reason: "too_many_failures" },
    });
    const again = combineVerdicts(await assessKeys(db, keys, now()));
    if (again.kind === "locked") return { ok: false, reason: "locked", retryAfterMs: again.retryAfterMs };
  }
  return { ok: false, reason: "invalid" };
}
