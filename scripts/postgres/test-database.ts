import { createDatabaseIfMissing, databaseNameOf, withDatabase } from "./databases";
import { fromRoot } from "../project-root";
import { resolveDatabase, type RunningDatabase } from "./embedded-postgres";

export const TEST_DATA_DIR = fromRoot(".data", "test-postgres");
export const TEST_PORT = 54339;

// The tests' own database, never the one the app runs on: without DATABASE_URL a separate
// embedded cluster, wiped on every run; with it, "<that database>_test" on the same server.
export async function resolveTestDatabase(): Promise<RunningDatabase> {
  const server = await resolveDatabase({
    dataDir: TEST_DATA_DIR,
    port: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? TEST_PORT),
    database: "tender_commons_test",
    fresh: true,
  });
  if (server.embedded) return server;
  const testDatabase = `${databaseNameOf(server.url)}_test`;
  await createDatabaseIfMissing(server.url, testDatabase);
  return { url: withDatabase(server.url, testDatabase), stop: server.stop };
}
