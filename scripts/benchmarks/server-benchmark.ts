import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { generateClient } from "../db/generate-client";
import { resetDatabase } from "../db/reset";
import { seed } from "../db/seed";
import { withClient } from "../postgres/databases";
import { startEmbeddedPostgres, type RunningDatabase } from "../postgres/embedded-postgres";
import { packageBin, startNodeCommand, stopCommand, type RunningCommand } from "../process/run-command";
import { onShutdownSignal } from "../process/shutdown-signals";
import { fromRoot } from "../project-root";
import { isBuildStale } from "../start/build-freshness";
import { HttpSession } from "./http-session";

/**
 * The harness of the benchmarks that time pages of the production server (tender-list.ts,
 * catalogue.ts): a throw-away embedded PostgreSQL with the demo data, the production build on a
 * free loopback port, and the clean-up that stops both and deletes their folder whatever happens,
 * Ctrl-C included. Measuring and reporting are in server-report.ts.
 */

export const HOST = "127.0.0.1";
/** The baseline of every ratio: a static file served by the same server. */
export const STATIC_PATH = "/icon.svg";

export class BenchmarkServer {
  private temporaryDir: string | undefined;
  private database: RunningDatabase | undefined;
  private running: RunningCommand | undefined;
  private cleaning: Promise<void> | undefined;

  /** A temporary embedded PostgreSQL, migrated and seeded with the demo data; returns its URL. */
  async startDatabase(): Promise<string> {
    this.temporaryDir = fs.mkdtempSync(path.join(os.tmpdir(), "tender-commons-bench-"));
    // Under root PostgreSQL runs as an unprivileged user, who must reach the data folder inside.
    fs.chmodSync(this.temporaryDir, 0o755);
    const databasePort = await freePort();
    console.log(`PostgreSQL: embedded, temporary, in ${this.temporaryDir} on ${HOST}:${databasePort}`);
    this.database = await startEmbeddedPostgres({
      dataDir: path.join(this.temporaryDir, "postgres"),
      port: databasePort,
      database: "tender_commons_bench",
    });
    if (generateClient()) console.log("Generated the Prisma client.");
    await resetDatabase(this.database.url);
    // The throw-away database needs the demo data and accounts whatever NODE_ENV or DEMO_DATA say.
    process.env.DEMO_DATA = "true";
    await seed(this.database.url);
    return this.database.url;
  }

  /** The production build (rebuilt first if stale) on a free port, once it answers. */
  async startServer(databaseUrl: string): Promise<HttpSession> {
    const appPort = await freePort();
    const baseUrl = `http://${HOST}:${appPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      // Signs this run's sessions only; the server and its database are gone when it ends.
      NEXTAUTH_SECRET: `tender-commons-benchmark-${process.pid}-${Date.now()}`,
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (isBuildStale()) {
      console.log("The build is missing or older than the sources: next build...");
      this.running = startNodeCommand(packageBin("next"), ["build"], env);
      const code = await this.running.exited;
      this.running = undefined;
      if (code !== 0) throw new Error("next build failed.");
    }
    const server = startNodeCommand(packageBin("next"), ["start", "-H", HOST, "-p", String(appPort)], env);
    this.running = server;
    const session = new HttpSession(baseUrl);
    await session.waitUntilUp(STATIC_PATH, 60_000, () => server.child.exitCode === null);
    return session;
  }

  /** Stops what was started, in order, and deletes the temporary folder; safe to call twice. */
  cleanUp(): Promise<void> {
    this.cleaning ??= (async () => {
      if (this.running) await stopCommand(this.running);
      await this.database?.stop();
      if (this.temporaryDir) fs.rmSync(this.temporaryDir, { recursive: true, force: true });
    })();
    return this.cleaning;
  }
}

/** Runs `benchmark`, then cleans up and exits: 0, 1 on failure, 130 on Ctrl-C. */
export function runServerBenchmark(benchmark: (server: BenchmarkServer) => Promise<void>): void {
  const server = new BenchmarkServer();
  let interrupted = false;
  onShutdownSignal(async () => {
    interrupted = true;
    console.error("\nInterrupted: stopping the server and PostgreSQL.");
    await server.cleanUp();
    process.exit(130);
  });
  benchmark(server)
    .then(() => server.cleanUp())
    .then(
      () => process.exit(0),
      async (error: unknown) => {
        // After Ctrl-C the server goes away under the requests: that failure says nothing new.
        if (interrupted) return;
        console.error(error instanceof Error ? error.message : error);
        await server.cleanUp().catch((cleanUpError: unknown) => console.error(cleanUpError));
        process.exit(1);
      },
    );
}

/** `--sql "…"` run on the filled database (e.g. to try an index), then `table`'s statistics refreshed. */
export async function runExtraSql(databaseUrl: string, sql: string | undefined, table: string): Promise<void> {
  if (!sql) return;
  console.log(`Running on the benchmark database: ${sql}`);
  await withClient(databaseUrl, async (client) => {
    await client.query(sql);
    await client.query(`ANALYZE "${table}"`);
  });
}

/** A file of the build's /_next/static folder, served from disk without any rendering. */
export function firstStaticChunk(): string {
  const chunks = fromRoot(".next", "static", "chunks");
  const file = fs.readdirSync(chunks).find((name) => name.endsWith(".js"));
  if (!file) throw new Error("No JavaScript chunk in .next/static/chunks.");
  return `/_next/static/chunks/${file}`;
}

/** Seconds since `since` (a performance.now()), for the log. */
export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: HOST, exclusive: true }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
