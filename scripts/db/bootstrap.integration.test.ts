import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/server/auth/load-viewer";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { connectTestDatabase } from "@/scripts/testing/test-database";
import { addAdministrator, addOrganisation } from "./bootstrap";

const db = connectTestDatabase();
const url = process.env.DATABASE_URL!;
const prefix = `B${randomUUID()
  .slice(0, 6)
  .replace(/[^A-Za-z0-9]/g, "0")
  .toUpperCase()}`;

afterAll(() => db.$disconnect());

describe("setting up a first organisation and administrator from the command line", () => {
  it("registers the organisation, then an administrator who can sign in with the printed password", async () => {
    const added = await addOrganisation(url, {
      name: "Ministry of Finance",
      country: "be",
      authorityType: "CENTRAL",
      referencePrefix: prefix.toLowerCase(),
    });
    expect(added).toBe(`Added Ministry of Finance (${prefix}).`);
    const organisation = await db.organisation.findUniqueOrThrow({ where: { referencePrefix: prefix } });
    expect(organisation).toMatchObject({ country: "BE", authorityType: "CENTRAL" });

    const email = `boss.${prefix.toLowerCase()}@finance.example`;
    const message = await addAdministrator(url, { referencePrefix: prefix, email, name: "Frida Finance" });
    const password = /Initial password .*: (\S+)$/m.exec(message)?.[1];
    expect(password).toHaveLength(20);

    const outcome = await verifyCredentials(db, { email, password: password!, clientAddress: null });
    expect(outcome.ok).toBe(true);
    const viewer = await loadViewer(db, outcome.ok ? outcome.user.id : "", organisation.id);
    expect(viewer.kind === "viewer" && viewer.viewer.roles).toEqual(["ADMIN"]);
    expect(await db.auditEvent.count({ where: { organisationId: organisation.id } })).toBe(3);
  });

  it("refuses a duplicate prefix, an unknown organisation and bad input, writing nothing", async () => {
    await expect(
      addOrganisation(url, { name: "Again", country: "BE", authorityType: "OTHER", referencePrefix: prefix }),
    ).rejects.toThrow(`An organisation with the prefix ${prefix} exists`);
    await expect(addAdministrator(url, { referencePrefix: "NOPE99", email: "x@y.example", name: "X" })).rejects.toThrow(
      "No organisation has the prefix NOPE99",
    );
    await expect(
      addOrganisation(url, { name: "", country: "Belgium", authorityType: "x", referencePrefix: "1" }),
    ).rejects.toThrow(
      /--name: Enter the organisation's name\n {2}--country: Enter a two-letter country code.*\n {2}--authority-type: .*\n {2}--prefix: /,
    );
    expect(await db.organisation.count({ where: { name: "Again" } })).toBe(0);
  });
});
