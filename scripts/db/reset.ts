import { withClient } from "../postgres/databases";
import { prepareDatabase } from "./prepare-database";

// Empties the database (every table, type and function lives in the public schema), then
// rebuilds it from the migrations and the shipped clause library. Returns the migrations applied.
export async function resetDatabase(databaseUrl: string): Promise<string[]> {
  await withClient(databaseUrl, (client) =>
    // One simple-protocol query: the statements run as a single transaction. The new schema
    // gets the owner and the grant a freshly created database has (PostgreSQL 15+).
    client.query(`
      DROP SCHEMA IF EXISTS public CASCADE;
      CREATE SCHEMA public AUTHORIZATION pg_database_owner;
      GRANT USAGE ON SCHEMA public TO PUBLIC;
    `),
  );
  return (await prepareDatabase(databaseUrl)).migrations;
}
