import { describe, expect, it } from "vitest";
import {
  ACCOUNT_THROTTLE,
  assessSignInAttempt,
  combineVerdicts,
  recordSignInFailure,
  type ThrottleState,
} from "./sign-in-throttle";

const t0 = new Date("2026-03-02T09:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(count: number, start = 0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < count; i++) state = recordSignInFailure(state, ACCOUNT_THROTTLE, at(start + i));
  return state;
}

describe("sign-in throttle (account policy: 3 free, 1 s doubling to 8 s, lock at 10 for 15 min)", () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 1_000],
    [4, 2_000],
    [5, 4_000],
    [6, 8_000],
    [9, 8_000],
  ])("after %i failures the next attempt waits %i ms", (failures, delayMs) => {
    expect(assessSignInAttempt(failTimes(failures), ACCOUNT_THROTTLE, at(60))).toEqual({ kind: "allowed", delayMs });
  });

  it("locks for 15 minutes at the tenth failure", () => {
    const state = failTimes(10);
    // The tenth failure happened at t0 + 9 s, so the lock ends at t0 + 9 s + 900 s.
    expect(state?.lockedUntil).toEqual(at(909));
    expect(assessSignInAttempt(state, ACCOUNT_THROTTLE, at(10))).toEqual({ kind: "locked", retryAfterMs: 899_000 });
  });

  it("lets the user try again once the lock has expired, starting afresh", () => {
    const state = failTimes(10);
    expect(assessSignInAttempt(state, ACCOUNT_THROTTLE, at(909))).toEqual({ kind: "allowed", delayMs: 0 });
    expect(recordSignInFailure(state, ACCOUNT_THROTTLE, at(1000)).failures).toBe(1);
  });

  it("forgets failures older than the 15-minute window", () => {
    const state = failTimes(5);
    expect(assessSignInAttempt(state, ACCOUNT_THROTTLE, at(901))).toEqual({ kind: "allowed", delayMs: 0 });
    const next = recordSignInFailure(state, ACCOUNT_THROTTLE, at(901));
    expect(next).toEqual({ failures: 1, firstFailureAt: at(901), lastFailureAt: at(901), lockedUntil: null });
  });

  it("combines verdicts: a lock wins over any delay", () => {
    expect(
      combineVerdicts([
        { kind: "allowed", delayMs: 4_000 },
        { kind: "locked", retryAfterMs: 60_000 },
      ]),
    ).toEqual({ kind: "locked", retryAfterMs: 60_000 });
    expect(
      combineVerdicts([
        { kind: "allowed", delayMs: 1_000 },
        { kind: "allowed", delayMs: 2_000 },
      ]),
    ).toEqual({ kind: "allowed", delayMs: 2_000 });
  });
});
