import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestMember, createTestOrganisation } from "@/scripts/testing/test-database";
import { linkOidcAccount } from "./link-oidc-account";

const db = connectTestDatabase();
let email: string;
let inactiveEmail: string;
let unverifiedEmail: string;

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  email = (await createTestMember(db, organisation.id, ["DRAFTER"])).user.email;
  inactiveEmail = (await createTestMember(db, organisation.id, ["DRAFTER"], { isActive: false })).user.email;
  unverifiedEmail = (await createTestMember(db, organisation.id, ["DRAFTER"])).user.email;
});

afterAll(() => db.$disconnect());

describe("single sign-on", () => {
  it("links a provider identity to the account with the same verified e-mail, once", async () => {
    const subject = `kc-${randomUUID()}`;
    expect(await linkOidcAccount(db, { subject, profile: { email: email.toUpperCase(), email_verified: true } })).toBe(
      true,
    );
    expect((await db.user.findUniqueOrThrow({ where: { email } })).oidcSubject).toBe(subject);
    // Later sign-ins are recognised by the subject alone, even if the e-mail changed at the provider.
    expect(
      await linkOidcAccount(db, { subject, profile: { email: "renamed@elsewhere.example", email_verified: true } }),
    ).toBe(true);
    // A second identity cannot take over an account that is already linked.
    expect(await linkOidcAccount(db, { subject: `kc-${randomUUID()}`, profile: { email, email_verified: true } })).toBe(
      false,
    );
    expect(await db.auditEvent.count({ where: { action: "user.oidc_linked", after: { equals: { subject } } } })).toBe(
      1,
    );
  });

  it("never creates accounts, and refuses unverified addresses and deactivated accounts", async () => {
    const unknown = `nobody.${randomUUID()}@test.example`;
    expect(
      await linkOidcAccount(db, { subject: `kc-${randomUUID()}`, profile: { email: unknown, email_verified: true } }),
    ).toBe(false);
    expect(await db.user.count({ where: { email: unknown } })).toBe(0);
    expect(
      await linkOidcAccount(db, {
        subject: `kc-${randomUUID()}`,
        profile: { email: inactiveEmail, email_verified: true },
      }),
    ).toBe(false);
    expect(
      await linkOidcAccount(db, {
        subject: `kc-${randomUUID()}`,
        profile: { email: unverifiedEmail, email_verified: false },
      }),
    ).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { email: unverifiedEmail } })).oidcSubject).toBeNull();
    expect(await linkOidcAccount(db, { subject: `kc-${randomUUID()}`, profile: undefined })).toBe(false);
  });
});
