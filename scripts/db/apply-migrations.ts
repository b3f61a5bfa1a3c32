import { MIGRATIONS_DIR, NO_FILTERS, readMigrations } from "./migrations-directory";
import { engineErrorMessage, openSchemaEngine } from "./schema-engine";

// What `prisma migrate deploy` does, offline: applies the migrations the database lacks and
// records them in _prisma_migrations. Returns the names of those it applied.
export async function applyMigrations(databaseUrl: string, migrationsDir: string = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsDir);
  const session = await openSchemaEngine(databaseUrl);
  try {
    const diagnosis = await session.engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    // Stricter than `migrate deploy`, which only stops at failed migrations: an edited
    // migration means this database was built from SQL that no longer exists anywhere.
    const problems = [
      ...diagnosis.failedMigrationNames.map(
        (name) =>
          `  ${name} failed when it was last applied (PostgreSQL's error is in _prisma_migrations.logs).\n` +
          "    Fix the migration or the database, then mark that attempt rolled back:\n" +
          `    UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL;`,
      ),
      ...diagnosis.editedMigrationNames.map(
        (name) => `  ${name}/migration.sql is not the file that was applied to this database. Restore it (git).`,
      ),
    ];
    if (problems.length > 0) {
      throw new Error(
        `Refusing to apply migrations:\n${problems.join("\n")}\n` +
          "(A development database can instead be rebuilt with npm run db:reset.)",
      );
    }
    if (diagnosis.history && diagnosis.history.diagnostic !== "databaseIsBehind") {
      console.warn(
        `Warning: the database has migrations that ${migrationsDir} does not: ` +
          `${diagnosis.history.unpersistedMigrationNames.join(", ")}. Is this checkout out of date?`,
      );
    }
    try {
      const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return appliedMigrationNames;
    } catch (error) {
      throw new Error(`A migration failed: ${engineErrorMessage(error)}`, { cause: error });
    }
  } finally {
    await session.close();
  }
}
