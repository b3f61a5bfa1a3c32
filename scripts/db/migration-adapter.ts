import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  ConnectionInfo,
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { createDatabaseIfMissing, dropDatabaseIfExists, withDatabase } from "../postgres/databases";
import { CatalogFriendlyClient } from "./catalog-friendly-client";

export interface MigrationAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  // The schema engine does not close the pools it was given; without this the process
  // would linger until pg's idle timeout.
  disposeAll(): Promise<void>;
}

// Our own shadow-database handling, not PrismaPg's: PrismaPg builds the shadow pool as
// `{ connectionString, database }`, and node-postgres lets the connection string win, so
// the "shadow" database would be the real one, which the engine then wipes.
export function createMigrationAdapter(databaseUrl: string): MigrationAdapter {
  const open = new Set<ManagedAdapter>();
  const track = (adapter: ManagedAdapter) => {
    open.add(adapter);
    return adapter;
  };
  const main = pgAdapterFactory(databaseUrl);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => track(new ManagedAdapter(await main.connect())),
    connectToShadowDb: async () => {
      const shadow = `prisma_shadow_${randomBytes(8).toString("hex")}`;
      await createDatabaseIfMissing(databaseUrl, shadow);
      const adapter = await pgAdapterFactory(withDatabase(databaseUrl, shadow)).connect();
      return track(new ManagedAdapter(adapter, () => dropDatabaseIfExists(databaseUrl, shadow)));
    },
  };
  return {
    factory,
    disposeAll: async () => {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

function pgAdapterFactory(connectionString: string): PrismaPg {
  return new PrismaPg({ connectionString, Client: CatalogFriendlyClient });
}

// Passes everything through, except as noted, and makes dispose() safe to call twice (by the
// engine, then by us).
class ManagedAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  private disposed: Promise<void> | undefined;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly afterDispose: () => Promise<void> = async () => {},
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  // PrismaPg's executeScript() splits the script at every ";", which breaks PL/pgSQL bodies
  // and string literals. Sent whole and without parameters, the script goes over PostgreSQL's
  // simple query protocol, which runs all its statements as one implicit transaction: what
  // Prisma's native engine does with a migration.
  async executeScript(script: string): Promise<void> {
    await this.inner.executeRaw({ sql: script, args: [], argTypes: [] });
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose(): Promise<void> {
    this.disposed ??= this.inner.dispose().then(this.afterDispose);
    return this.disposed;
  }
}
