import { spawn } from "node:child_process";
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
import { fillTemplates, startTendersFromTemplates } from "./fill-templates";
import { fillTenders } from "./fill-tenders";
import { HttpSession } from "./http-session";
import { numberOption } from "./options";
import { timeSequentially, type Summary } from "./stats";

// Catalogue benchmark (not a test): `npx tsx scripts/benchmarks/catalogue.ts`.
// Fills a throw-away database with 5,000 templates, runs the production build, and reports the
// public catalogue's server response times as ratios to a static file served by the same server,
// so the figures compare across machines. No one signs in: the catalogue is public.
// See docs/benchmarks.md.
//   --templates N  templates to add (default 5000)
//   --requests N   measured requests per URL (default 200, after 30 warm-up requests)
//   --sql "…"      SQL to run on the throw-away database after filling it, e.g. to try an index
//   --explain      print the plan (EXPLAIN ANALYZE) of each search

const HOST = "127.0.0.1";
const STATIC_PATH = "/icon.svg";
// A public page that reads nothing from the database: the page frame a catalogue URL adds to.
const PAGE_WITHOUT_DATA = "/accessibility";
const CATALOGUE_PATHS = [
  "/catalogue",
  "/catalogue?q=software",
  "/catalogue?q=logiciels",
  "/catalogue?q=Entwicklung+Open+Source",
  '/catalogue?q="open+formats"+archive&sort=used',
  "/catalogue?cpv=72262000&category=CUSTOM_DEVELOPMENT",
  "/catalogue?language=de&sort=used&page=20",
  "/catalogue?deprecated=1&page=200",
];

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
  const templateCount = numberOption("--templates", 5_000);
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
  // The throw-away database needs the demo data whatever NODE_ENV or DEMO_DATA say.
  process.env.DEMO_DATA = "true";
  await seed(database.url);
  const fillStartedAt = performance.now();
  const versions = await fillTemplates(database.url, templateCount);
  const tenders = await fillTenders(database.url, "MIN", 3_000);
  const uses = await startTendersFromTemplates(database.url);
  console.log(
    `Added ${templateCount} templates (${versions} versions), ${tenders} tenders of which ${uses} started ` +
      `from a template, in ${seconds(fillStartedAt)}.`,
  );
  if (extraSql) {
    console.log(`Running on the benchmark database: ${extraSql}`);
    await withClient(database.url, async (client) => {
      await client.query(extraSql);
      await client.query('ANALYZE "TemplateVersion"');
    });
  }

  const appPort = await freePort();
  const baseUrl = `http://${HOST}:${appPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
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

  const loadBefore = os.loadavg()[0]!;
  const rows: Row[] = [];
  const measure = async (label: string, urlPath: string, expectList: boolean) => {
    const body = await session.get(urlPath);
    const shows = expectList ? announcedCount(body) : undefined;
    if (expectList && shows === undefined) throw new Error(`${urlPath} did not show the catalogue.`);
    const http = await timeSequentially(async () => void (await session.get(urlPath)), requests);
    rows.push({ label, path: urlPath, shows, http });
  };
  await measure("static file", STATIC_PATH, false);
  await measure("static file", firstStaticChunk(), false);
  await measure("public page, no database", PAGE_WITHOUT_DATA, false);
  for (const listPath of CATALOGUE_PATHS) await measure("catalogue", listPath, true);
  await measure("template page", await publishedTemplatePath(database.url), false);

  const queryTimes = await timeQueries(database.url, CATALOGUE_PATHS, process.argv.includes("--explain"));
  for (const row of rows) row.query = queryTimes[row.path];
  printReport(rows, queryTimes.facets!, {
    templates: templateCount,
    requests,
    extraSql,
    load: [loadBefore, os.loadavg()[0]!],
  });
}

type Row = { label: string; path: string; shows?: string; http: Summary; query?: Summary };

/** The count the catalogue announces ("4,512 templates"), read from its status line. */
function announcedCount(html: string): string | undefined {
  return /role="status"[^>]*>([^<]*)</
    .exec(html)?.[1]
    ?.trim()
    .replace(/&quot;|&#x27;|“|”/g, "");
}

/** The page of the first added template that is published (a few are drafts, which are not found). */
async function publishedTemplatePath(databaseUrl: string): Promise<string> {
  const slug = await withClient(databaseUrl, async (client) => {
    const result = await client.query<{ slug: string }>(
      `SELECT "slug" FROM "TenderTemplate" WHERE "id" LIKE 'bench-tpl-%' AND "status" = 'PUBLISHED'
       ORDER BY length("id"), "id" LIMIT 1`,
    );
    return result.rows[0]?.slug;
  });
  if (!slug) throw new Error("No published template was added.");
  return `/catalogue/${slug}`;
}

/** A file of the build's /_next/static folder, served from disk without any rendering. */
function firstStaticChunk(): string {
  const chunks = fromRoot(".next", "static", "chunks");
  const file = fs.readdirSync(chunks).find((name) => name.endsWith(".js"));
  if (!file) throw new Error("No JavaScript chunk in .next/static/chunks.");
  return `/_next/static/chunks/${file}`;
}

/** searchCatalogue timed in a child process that may load lib/server ("server-only"). */
function timeQueries(databaseUrl: string, paths: string[], explain: boolean): Promise<Record<string, Summary>> {
  const script = fromRoot("scripts", "benchmarks", "catalogue-query-timings.ts");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    cwd: fromRoot(),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
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
      else reject(new Error(`Timing searchCatalogue failed (exit code ${code}).`));
    });
  });
}

type Run = {
  templates: number;
  requests: { warmUp: number; measured: number };
  extraSql?: string;
  /** One-minute load average when measuring started and ended: other work on the machine skews the figures. */
  load: [number, number];
};

function printReport(rows: Row[], facets: Summary, run: Run) {
  const baseline = rows[0]!.http.median;
  const ms = (value: number) => value.toFixed(1);
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(
    [
      "",
      `Catalogue benchmark: ${run.templates} templates added, ${run.requests.measured} sequential requests per ` +
        `URL after ${run.requests.warmUp} warm-up, not signed in.`,
      `Machine: ${os.cpus().length} cores (${cpu}), Node.js ${process.version}, ${os.platform()} ${os.release()}; ` +
        `load average ${run.load.map((load) => load.toFixed(1)).join(" → ")} while measuring.`,
      `Ratio = median / median of GET ${STATIC_PATH}. searchCatalogue = the list's query alone, in-process ` +
        `(the filters' choices, run beside it on every list page: ${ms(facets.median)} / ${ms(facets.p95)} ms).`,
      ...(run.extraSql ? [`With, after filling: ${run.extraSql}`] : []),
      "",
      "| URL | What | Shows | Median ms | p95 ms | Ratio | searchCatalogue median / p95 ms |",
      "| --- | --- | --- | ---: | ---: | ---: | ---: |",
      ...rows.map((row) =>
        [
          "",
          `\`${row.path.startsWith("/_next/") ? "/_next/static/chunks/…js" : row.path}\``,
          row.label,
          row.shows ?? "",
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
