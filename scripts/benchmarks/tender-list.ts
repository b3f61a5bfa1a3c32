import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { generateClient } from "../db/generate-client";
import { resetDatabase } from "../db/reset";
import { seed } from "../db/seed";
import { withClient } from "../postgres/databases";
import { startEmbeddedPostgres, type RunningDatabase } from "../postgres/embedded-postgres";
import { packageBin, startNodeCommand, stopCommand, type RunningCommand } from "../process/run-command";
import { onShutdownSignal } from "../process/shutdown-signals";
import { fromRoot } from "../project-root";
import { isBuildStale } from "../start/build-freshness";
import { fillTenders } from "./fill-tenders";
import { HttpSession } from "./http-session";
import { numberOption } from "./options";
import { timeSequentially, type Summary } from "./stats";

// Tender list benchmark (not a test): `npx tsx scripts/benchmarks/tender-list.ts`.
// Fills a throw-away database with 10,000 tenders, runs the production build, and reports the
// list page's server response times as ratios to a static file served by the same server, so
// the figures compare across machines. See docs/benchmarks.md.
//   --tenders N    tenders to add (default 10000)
//   --requests N   measured requests per URL (default 200, after 30 warm-up requests)
//   --sql "…"      SQL to run on the throw-away database after filling it, e.g. to try an index
//   --explain      print the plan (EXPLAIN ANALYZE) of each list query

const HOST = "127.0.0.1";
const ADMIN_EMAIL = "admin@ministry.example";
const STATIC_PATH = "/icon.svg";
const LIST_PATHS = [
  "/tenders",
  "/tenders?q=archive",
  "/tenders?status=PUBLISHED&sort=title",
  "/tenders?page=200",
  "/tenders?q=4831",
];
// The same authenticated page frame without the list: what the list query adds.
const PAGE_WITHOUT_LIST = "/tenders/new";

let temporaryDir: string | undefined;
let database: RunningDatabase | undefined;
let running: RunningCommand | undefined;
let cleaning: Promise<void> | undefined;
let interrupted = false;

function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} takes a value.`);
  return value;
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

/** Stops what this script started, in order, and deletes the temporary folder; safe to call twice. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    if (running) await stopCommand(running);
    await database?.stop();
    if (temporaryDir) fs.rmSync(temporaryDir, { recursive: true, force: true });
  })();
  return cleaning;
}

async function main(): Promise<void> {
  const tenderCount = numberOption("--tenders", 10_000);
  const requests = { warmUp: 30, measured: numberOption("--requests", 200) };
  const extraSql = textOption("--sql");
  onShutdownSignal(async () => {
    interrupted = true;
    console.error("\nInterrupted: stopping the server and PostgreSQL.");
    await cleanUp();
    process.exit(130);
  });

  temporaryDir = fs.mkdtempSync(path.join(os.tmpdir(), "tender-commons-bench-"));
  // Under root PostgreSQL runs as an unprivileged user, who must reach the data folder inside.
  fs.chmodSync(temporaryDir, 0o755);
  const databasePort = await freePort();
  console.log(`PostgreSQL: embedded, temporary, in ${temporaryDir} on ${HOST}:${databasePort}`);
  database = await startEmbeddedPostgres({
    dataDir: path.join(temporaryDir, "postgres"),
    port: databasePort,
    database: "tender_commons_bench",
  });
  if (generateClient()) console.log("Generated the Prisma client.");
  await resetDatabase(database.url);
  // The throw-away database needs the demo accounts whatever NODE_ENV or DEMO_DATA say.
  process.env.DEMO_DATA = "true";
  await seed(database.url);
  const fillStartedAt = performance.now();
  const inserted = await fillTenders(database.url, "MIN", tenderCount);
  console.log(`Added ${inserted} tenders to the Ministry in ${seconds(fillStartedAt)}.`);
  if (extraSql) {
    console.log(`Running on the benchmark database: ${extraSql}`);
    await withClient(database.url, async (client) => {
      await client.query(extraSql);
      await client.query('ANALYZE "Tender"');
    });
  }

  const appPort = await freePort();
  const baseUrl = `http://${HOST}:${appPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    // Signs this run's sessions only; the server and its database are gone when it ends.
    NEXTAUTH_SECRET: `tender-commons-benchmark-${process.pid}-${Date.now()}`,
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (isBuildStale()) {
    console.log("The build is missing or older than the sources: next build...");
    running = startNodeCommand(packageBin("next"), ["build"], env);
    const code = await running.exited;
    running = undefined;
    if (code !== 0) throw new Error("next build failed.");
  }
  running = startNodeCommand(packageBin("next"), ["start", "-H", HOST, "-p", String(appPort)], env);
  const server = running;
  const session = new HttpSession(baseUrl);
  await session.waitUntilUp(STATIC_PATH, 60_000, () => server.child.exitCode === null);
  await session.signIn(ADMIN_EMAIL, DEMO_PASSWORD);

  const loadBefore = os.loadavg()[0]!;
  const rows: Row[] = [];
  const measure = async (label: string, urlPath: string, expectList: boolean) => {
    const body = await session.get(urlPath);
    const matches = expectList ? tenderCountIn(body) : undefined;
    if (expectList && matches === undefined) throw new Error(`${urlPath} did not show the tender list.`);
    const http = await timeSequentially(async () => void (await session.get(urlPath)), requests);
    rows.push({ label, path: urlPath, matches, http });
  };
  await measure("static file", STATIC_PATH, false);
  await measure("static file", firstStaticChunk(), false);
  await measure("page without the list", PAGE_WITHOUT_LIST, false);
  for (const listPath of LIST_PATHS) await measure("tender list", listPath, true);

  const queryTimes = await timeListQueries(database.url, LIST_PATHS, process.argv.includes("--explain"));
  for (const row of rows) row.query = queryTimes[row.path];
  printReport(rows, { tenders: inserted, requests, extraSql, load: [loadBefore, os.loadavg()[0]!] });
}

type Row = { label: string; path: string; matches?: string; http: Summary; query?: Summary };

/** The count the list announces ("10,002 tenders"), read from its status line. */
function tenderCountIn(html: string): string | undefined {
  return /role="status"[^>]*>([^<]*)</.exec(html)?.[1]?.trim();
}

/** A file of the build's /_next/static folder, served from disk without any rendering. */
function firstStaticChunk(): string {
  const chunks = fromRoot(".next", "static", "chunks");
  const file = fs.readdirSync(chunks).find((name) => name.endsWith(".js"));
  if (!file) throw new Error("No JavaScript chunk in .next/static/chunks.");
  return `/_next/static/chunks/${file}`;
}

/** listTenders timed in a child process that may load lib/server ("server-only"). */
function timeListQueries(databaseUrl: string, paths: string[], explain: boolean): Promise<Record<string, Summary>> {
  const script = fromRoot("scripts", "benchmarks", "list-query-timings.ts");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    cwd: fromRoot(),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BENCH_EMAIL: ADMIN_EMAIL,
      BENCH_PATHS: JSON.stringify(paths),
      BENCH_ROUNDS: "10,100",
      BENCH_EXPLAIN: explain ? "1" : "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = output.trim().split("\n").at(-1) ?? "";
      if (code === 0) resolve(JSON.parse(last) as Record<string, Summary>);
      else reject(new Error(`Timing listTenders failed (exit code ${code}).`));
    });
  });
}

type Run = {
  tenders: number;
  requests: { warmUp: number; measured: number };
  extraSql?: string;
  /** One-minute load average when measuring started and ended: other work on the machine skews the figures. */
  load: [number, number];
};

function printReport(rows: Row[], run: Run) {
  const baseline = rows[0]!.http.median;
  const ms = (value: number) => value.toFixed(1);
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(
    [
      "",
      `Tender list benchmark: ${run.tenders} tenders added to the Ministry, ${run.requests.measured} sequential ` +
        `requests per URL after ${run.requests.warmUp} warm-up, signed in as ${ADMIN_EMAIL}.`,
      `Machine: ${os.cpus().length} cores (${cpu}), Node.js ${process.version}, ${os.platform()} ${os.release()}; ` +
        `load average ${run.load.map((load) => load.toFixed(1)).join(" → ")} while measuring.`,
      `Ratio = median / median of GET ${STATIC_PATH}. listTenders = the list's database queries alone, in-process.`,
      ...(run.extraSql ? [`With, after filling: ${run.extraSql}`] : []),
      "",
      "| URL | What | Shows | Median ms | p95 ms | Ratio | listTenders median / p95 ms |",
      "| --- | --- | --- | ---: | ---: | ---: | ---: |",
      ...rows.map((row) =>
        [
          "",
          `\`${row.path.startsWith("/_next/") ? "/_next/static/chunks/…js" : row.path}\``,
          row.label,
          row.matches ?? "",
          ms(row.http.median),
          ms(row.http.p95),
          (row.http.median / baseline).toFixed(1),
          row.query ? `${ms(row.query.median)} / ${ms(row.query.p95)}` : "",
          "",
        ]
          .join(" | ")
          .trim(),
      ),
      "",
    ].join("\n"),
  );
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

main()
  .then(cleanUp)
  .then(
    () => process.exit(0),
    async (error: unknown) => {
      // After Ctrl-C the server goes away under the requests: that failure says nothing new.
      if (interrupted) return;
      console.error(error instanceof Error ? error.message : error);
      await cleanUp().catch((cleanUpError: unknown) => console.error(cleanUpError));
      process.exit(1);
    },
  );
