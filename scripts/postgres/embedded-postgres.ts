import fs from "node:fs";
import path from "node:path";
import { fromRoot } from "../project-root";
import { isPortFree } from "../process/port";
import { createDatabaseIfMissing, withDatabase } from "./databases";
import { initialiseCluster, isInitialised, readSuperuserPassword, SUPERUSER } from "./initialise-cluster";
import { findPostgresBinaries } from "./postgres-binaries";
import { postgresProcessIdentity, type ProcessIdentity } from "./postgres-user";
import { isAlive, lockFilePath, readLockState } from "./postmaster-lock";
import { LISTEN_HOST, startServer, stopServer, waitForReadyLock } from "./server-process";

export const DEFAULT_DATA_DIR = fromRoot(".data", "postgres");
export const DEFAULT_PORT = 54329;
export const DEFAULT_DATABASE = "tender_commons";

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  // Throw away any existing cluster first (the test database is rebuilt on every run).
  fresh?: boolean;
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface ResolvedDatabase extends RunningDatabase {
  // False when DATABASE_URL named a server of the user's own.
  embedded: boolean;
}

// Which process started the server in a data directory, so that a second command run while
// `npm run dev` is up shares that server instead of stopping it under the app's feet.
const OWNER_FILE = "embedded-owner.pid";

export function embeddedPort(): number {
  const configured = process.env.EMBEDDED_POSTGRES_PORT;
  if (!configured) return DEFAULT_PORT;
  const port = Number(configured);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_POSTGRES_PORT must be a port number, not "${configured}".`);
  }
  return port;
}

// DATABASE_URL wins: then nothing is started and stop() does nothing.
export async function resolveDatabase(options: Partial<EmbeddedPostgresOptions> = {}): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const running = await startEmbeddedPostgres({
    dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
    port: options.port ?? embeddedPort(),
    database: options.database ?? DEFAULT_DATABASE,
    fresh: options.fresh,
  });
  return { ...running, embedded: true };
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const binaries = await findPostgresBinaries();
  const identity = postgresProcessIdentity();
  if (options.fresh) await discardCluster(dataDir);
  if (!isInitialised(dataDir)) await initialiseCluster(binaries.initdb, dataDir, identity);

  const server = await attachOrStart(binaries.postgres, dataDir, options.port, identity);
  const password = encodeURIComponent(readSuperuserPassword(dataDir));
  const serverUrl = `postgresql://${SUPERUSER}:${password}@${LISTEN_HOST}:${server.port}/postgres`;
  try {
    await createDatabaseIfMissing(serverUrl, options.database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(serverUrl, options.database), stop: server.stop };
}

interface AttachedServer {
  port: number;
  stop(): Promise<void>;
}

async function attachOrStart(
  postgresPath: string,
  dataDir: string,
  port: number,
  identity: ProcessIdentity | undefined,
): Promise<AttachedServer> {
  const lock = readLockState(dataDir);
  if (lock.kind === "running") {
    await waitForReadyLock(dataDir, lock.pid);
    const owner = readOwner(dataDir);
    if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
      return { port: lock.port, stop: async () => {} };
    }
    // Left running by a command that was killed: take it over, and stop it when done.
    return own(dataDir, lock.pid, lock.port);
  }
  if (lock.kind === "stale") {
    console.error("Removing a stale postmaster.pid, left by a PostgreSQL that did not shut down cleanly.");
    fs.rmSync(lockFilePath(dataDir), { force: true });
  }
  if (!(await isPortFree(port, LISTEN_HOST))) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot listen on it. ` +
        "Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use a PostgreSQL server of your own.",
    );
  }
  const started = startServer(postgresPath, dataDir, port, identity);
  const server = own(dataDir, started.pid, port);
  try {
    await started.ready;
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function own(dataDir: string, pid: number, port: number): AttachedServer {
  const ownerFile = path.join(dataDir, OWNER_FILE);
  fs.writeFileSync(ownerFile, `${process.pid}\n`);
  // Last resort if this process ends without stop() (an uncaught error): signals are
  // synchronous, so PostgreSQL still gets its shutdown request.
  const onExit = () => {
    try {
      process.kill(pid, "SIGINT");
    } catch {
      // Already gone.
    }
  };
  process.on("exit", onExit);
  let stopping: Promise<void> | undefined;
  return {
    port,
    stop: () =>
      (stopping ??= (async () => {
        process.off("exit", onExit);
        await stopServer(pid, dataDir);
        fs.rmSync(ownerFile, { force: true });
      })()),
  };
}

function readOwner(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, OWNER_FILE), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function discardCluster(dataDir: string): Promise<void> {
  const lock = readLockState(dataDir);
  if (lock.kind === "running") await stopServer(lock.pid, dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
