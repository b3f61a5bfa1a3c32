import { applyMigrations } from "./apply-migrations";
import { syncClauseLibrary } from "./sync-clause-library";

/** What every start and every `db migrate` does: the schema, then the content that ships with the app. */
export async function prepareDatabase(databaseUrl: string): Promise<{ migrations: string[]; clauses: string[] }> {
  const migrations = await applyMigrations(databaseUrl);
  const clauses = await syncClauseLibrary(databaseUrl);
  return { migrations, clauses };
}
