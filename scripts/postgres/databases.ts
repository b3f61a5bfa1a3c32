import pg from "pg";

const DUPLICATE_DATABASE = "42P04";

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("The database URL names no database.");
  return name;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

// `via` is the URL of any database on the server we may connect to: CREATE/DROP DATABASE
// cannot run inside the database they act on.
export async function createDatabaseIfMissing(via: string, database: string): Promise<boolean> {
  return withClient(via, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    } catch (error) {
      // Another process created it since we looked.
      if ((error as { code?: string }).code === DUPLICATE_DATABASE) return false;
      throw error;
    }
    return true;
  });
}

export async function dropDatabaseIfExists(via: string, database: string): Promise<void> {
  await withClient(via, (client) =>
    // FORCE ends sessions still open on it (a pool that was not closed), PostgreSQL 13+.
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`),
  );
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
