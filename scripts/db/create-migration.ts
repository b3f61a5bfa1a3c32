import fs from "node:fs/promises";
import path from "node:path";
import { migrationSlug } from "./migration-name";
import { LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATIONS_DIR, NO_FILTERS, readMigrations } from "./migrations-directory";
import { engineErrorMessage, openSchemaEngine } from "./schema-engine";

// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes a database
// built from the existing migrations to prisma/schema.prisma, as `prisma migrate dev
// --create-only` would. The engine replays the migrations into a temporary shadow database on
// the same server to learn where they lead, so hand-written SQL in them is accounted for.
// (The engine's own createMigration() cannot reach a shadow database in its WebAssembly
// build; diff() from the migrations directory can.)
// Returns the new directory, or undefined when the schema needs no change.
export async function createMigration(
  databaseUrl: string,
  name: string,
  migrationsDir: string = MIGRATIONS_DIR,
): Promise<string | undefined> {
  const slug = migrationSlug(name);
  await fs.mkdir(migrationsDir, { recursive: true });
  // The engine needs the lock file to know the provider of an empty history, too.
  await fs.writeFile(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT);
  const migrationsList = await readMigrations(migrationsDir);
  const session = await openSchemaEngine(databaseUrl);
  let script: string;
  try {
    const result = await session.engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: session.schemaFiles },
      script: true,
      // Makes the engine say whether the difference is empty (exit code 0) or not (2).
      exitCode: true,
      filters: NO_FILTERS,
    });
    if (result.exitCode !== 2 || !result.stdout) return undefined;
    script = result.stdout;
  } catch (error) {
    throw new Error(`Could not compute the migration: ${engineErrorMessage(error)}`, { cause: error });
  } finally {
    await session.close();
  }
  const directory = path.join(migrationsDir, `${timestamp(new Date())}_${slug}`);
  await fs.mkdir(directory);
  await fs.writeFile(path.join(directory, "migration.sql"), script);
  return directory;
}

// Prisma's own naming: UTC, to the second, so that directories sort in creation order.
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
