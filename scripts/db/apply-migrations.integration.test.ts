import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabaseIfExists, withClient, withDatabase } from "../postgres/databases";
import { applyMigrations } from "./apply-migrations";
import { readMigrations } from "./migrations-directory";

// A database of its own, created empty, so that the migrations are tested from scratch
// whatever the shared test database holds.
const serverUrl = process.env.DATABASE_URL ?? "";
const scratch = `migrations_test_${randomBytes(6).toString("hex")}`;
const scratchUrl = withDatabase(serverUrl, scratch);

beforeAll(async () => {
  expect(serverUrl, "scripts/test.ts provides DATABASE_URL").not.toBe("");
  await createDatabaseIfMissing(serverUrl, scratch);
});

afterAll(async () => {
  await dropDatabaseIfExists(serverUrl, scratch);
});

describe("applyMigrations", () => {
  it("builds an empty database and records every migration", async () => {
    const expected = (await readMigrations()).migrationDirectories.map((directory) => directory.path);

    const applied = await applyMigrations(scratchUrl);

    expect(applied).toEqual(expected);
    await withClient(scratchUrl, async (client) => {
      const tables = await client.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.rows.map((row) => row.name)).toEqual(
        expect.arrayContaining(["Organisation", "User", "Membership", "AuditEvent", "SignInThrottle"]),
      );
      const recorded = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      expect(recorded.rows.map((row) => row.migration_name)).toEqual(expected);
    });
  });

  it("changes nothing when applied again", async () => {
    const countRows = () =>
      withClient(scratchUrl, async (client) => (await client.query(`SELECT * FROM "_prisma_migrations"`)).rowCount);
    const before = await countRows();

    expect(await applyMigrations(scratchUrl)).toEqual([]);
    expect(await countRows()).toBe(before);
  });

  it("keeps AuditEvent append-only", async () => {
    await withClient(scratchUrl, async (client) => {
      await client.query(
        `INSERT INTO "AuditEvent" (id, action, "entityType", "entityId") VALUES ('audit-1', 'test.recorded', 'Test', '1')`,
      );

      await expect(client.query(`UPDATE "AuditEvent" SET action = 'test.rewritten'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);

      const rows = await client.query(`SELECT action FROM "AuditEvent"`);
      expect(rows.rows).toEqual([{ action: "test.recorded" }]);
    });
  });
});
