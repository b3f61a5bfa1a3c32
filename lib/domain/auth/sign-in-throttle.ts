/**
 * Sign-in throttling: after a few failures each further attempt is slowed down, and after many
 * failures within a window the key is locked for a while. A key is either a hashed e-mail address
 * (stops guessing one account's password) or a client address (stops spraying many accounts).
 * The same answer is given whether or not the account exists.
 */
export type ThrottlePolicy = {
  /** Failures allowed before attempts are slowed down. */
  freeFailures: number;
  /** Delay after the first slowed failure, in milliseconds; doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures within the window that lock the key. */
  lockAfterFailures: number;
  windowMs: number;
  lockMs: number;
};

const MINUTE = 60_000;

export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
  lockAfterFailures: 10,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

export const ADDRESS_THROTTLE: ThrottlePolicy = {
  freeFailures: 20,
  baseDelayMs: 500,
  maxDelayMs: 4_000,
  lockAfterFailures: 100,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

export type ThrottleState = {
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
};

export type ThrottleVerdict = { kind: "allowed"; delayMs: number } | { kind: "locked"; retryAfterMs: number };

/** Whether an attempt may go ahead now, and how long to wait before answering it. */
export function assessSignInAttempt(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleVerdict {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return { kind: "locked", retryAfterMs: state.lockedUntil.getTime() - now.getTime() };
  }
  const failures = activeFailures(state, policy, now);
  if (failures < policy.freeFailures) return { kind: "allowed", delayMs: 0 };
  const doublings = failures - policy.freeFailures;
  return { kind: "allowed", delayMs: Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs) };
}

/** The state after one more failed attempt at `now`. */
export function recordSignInFailure(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleState {
  const failures = activeFailures(state, policy, now) + 1;
  const firstFailureAt = failures === 1 || !state ? now : state.firstFailureAt;
  const lockedUntil = failures >= policy.lockAfterFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, firstFailureAt, lastFailureAt: now, lockedUntil };
}

/** The most restrictive of several verdicts (locked wins, then the longest delay). */
export function combineVerdicts(verdicts: readonly ThrottleVerdict[]): ThrottleVerdict {
  let delayMs = 0;
  let retryAfterMs = 0;
  for (const verdict of verdicts) {
    if (verdict.kind === "locked") retryAfterMs = Math.max(retryAfterMs, verdict.retryAfterMs);
    else delayMs = Math.max(delayMs, verdict.delayMs);
  }
  return retryAfterMs > 0 ? { kind: "locked", retryAfterMs } : { kind: "allowed", delayMs };
}

/** Failures that still count: a window that has passed, or a lock that has expired, starts afresh. */
function activeFailures(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): number {
  if (!state) return 0;
  if (state.lockedUntil && state.lockedUntil <= now) return 0;
  if (now.getTime() - state.firstFailureAt.getTime() > policy.windowMs) return 0;
  return state.failures;
}
