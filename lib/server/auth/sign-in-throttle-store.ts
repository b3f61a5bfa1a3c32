import "server-only";
import { createHash } from "node:crypto";
import {
  assessSignInAttempt,
  recordSignInFailure,
  type ThrottlePolicy,
  type ThrottleState,
  type ThrottleVerdict,
} from "@/lib/domain/auth/sign-in-throttle";
import type { Db } from "@/lib/server/db";

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** E-mail addresses are stored hashed: the table must not become a list of who tried to sign in. */
export function accountThrottleKey(email: string): string {
  return `account:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}

export function addressThrottleKey(address: string): string {
  return `address:${address}`;
}

export async function assessKeys(db: Db, keys: readonly ThrottleKey[], now: Date): Promise<ThrottleVerdict[]> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return keys.map(({ key, policy }) => assessSignInAttempt(rows.find((row) => row.key === key) ?? null, policy, now));
}

/** Counts one failure against every key; returns true when this failure locked one of them. */
export async function recordFailures(db: Db, keys: readonly ThrottleKey[], now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    let locked = false;
    for (const { key, policy } of keys) {
      // Row lock, so that two concurrent failures both count.
      const [row] = await tx.$queryRaw<ThrottleState[]>`
        SELECT "failures", "firstFailureAt", "lastFailureAt", "lockedUntil"
        FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const next = recordSignInFailure(row ?? null, policy, now);
      if (next.lockedUntil && !row?.lockedUntil) locked = true;
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
    return locked;
  });
}

export async function clearKey(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
