import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestMember, createTestOrganisation } from "@/scripts/testing/test-database";
import { hashPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";

const db = connectTestDatabase();
const PASSWORD = "correct horse battery staple";
let email: string;

/** A clock the test moves by hand, and a sleep that only records how long it was asked to wait. */
function fakeTime(start = new Date("2026-05-04T08:00:00Z")) {
  let now = start.getTime();
  const waits: number[] = [];
  return {
    waits,
    advance: (ms: number) => (now += ms),
    deps: { now: () => new Date(now), sleep: async (ms: number) => void waits.push(ms) },
  };
}

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  const { user } = await createTestMember(db, organisation.id, ["DRAFTER"], {
    passwordHash: await hashPassword(PASSWORD),
  });
  email = user.email;
});

afterAll(() => db.$disconnect());

describe("sign-in throttle against the database", () => {
  it("slows down after three failures, locks at ten, and unlocks fifteen minutes later", async () => {
    const time = fakeTime();
    const attempt = (password: string, address = "192.0.2.10") =>
      verifyCredentials(db, { email, password, clientAddress: address }, time.deps);

    for (let i = 1; i <= 9; i++) {
      expect(await attempt("wrong")).toEqual({ ok: false, reason: "invalid" });
      time.advance(1_000);
    }
    // Waits before attempts 4..9: 1 s, 2 s, 4 s, then capped at 8 s.
    expect(time.waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);

    expect(await attempt("wrong")).toEqual({ ok: false, reason: "locked", retryAfterMs: 15 * 60_000 });
    time.advance(60_000);
    // Even the right password is refused while locked, from any address.
    expect(await attempt(PASSWORD, "198.51.100.7")).toEqual({ ok: false, reason: "locked", retryAfterMs: 14 * 60_000 });

    time.advance(14 * 60_000);
    const outcome = await attempt(PASSWORD);
    expect(outcome.ok).toBe(true);

    const lockEvents = await db.auditEvent.count({ where: { action: "sign_in.locked", entityType: "SignInThrottle" } });
    expect(lockEvents).toBeGreaterThanOrEqual(1);
  });

  it("answers an unknown address exactly like a wrong password, and throttles it the same way", async () => {
    const time = fakeTime();
    const unknown = `nobody.${Date.now()}@test.example`;
    for (let i = 0; i < 4; i++) {
      expect(await verifyCredentials(db, { email: unknown, password: "x", clientAddress: null }, time.deps)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(time.waits).toEqual([1_000]);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const time = fakeTime(new Date("2026-06-01T08:00:00Z"));
    for (let i = 0; i < 3; i++)
      await verifyCredentials(db, { email, password: "wrong", clientAddress: null }, time.deps);
    // The successful attempt itself still waits 1 s, being the fourth in a row.
    expect((await verifyCredentials(db, { email, password: PASSWORD, clientAddress: null }, time.deps)).ok).toBe(true);
    for (let i = 0; i < 3; i++)
      await verifyCredentials(db, { email, password: "wrong", clientAddress: null }, time.deps);
    expect(time.waits).toEqual([1_000]);
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    const organisation = await createTestOrganisation(db);
    const { user } = await createTestMember(db, organisation.id, ["ADMIN"], {
      passwordHash: await hashPassword(PASSWORD),
      isActive: false,
    });
    const outcome = await verifyCredentials(
      db,
      { email: user.email, password: PASSWORD, clientAddress: null },
      fakeTime().deps,
    );
    expect(outcome).toEqual({ ok: false, reason: "invalid" });
  });
});
