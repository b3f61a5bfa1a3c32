import os from "node:os";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { fillTenders } from "./fill-tenders";
import { numberOption, textOption } from "./options";
import { firstStaticChunk, runExtraSql, runServerBenchmark, seconds, STATIC_PATH } from "./server-benchmark";
import { measurePage, printReport, statusLineText, timeQueriesInChild, type Row } from "./server-report";

// Tender list benchmark (not a test): `npx tsx scripts/benchmarks/tender-list.ts`.
// Fills a throw-away database with 10,000 tenders, runs the production build, and reports the
// list page's server response times as ratios to a static file served by the same server, so
// the figures compare across machines. See docs/benchmarks.md.
//   --tenders N    tenders to add (default 10000)
//   --requests N   measured requests per URL (default 200, after 30 warm-up requests)
//   --sql "…"      SQL to run on the throw-away database after filling it, e.g. to try an index
//   --explain      print the plan (EXPLAIN ANALYZE) of each list query

const ADMIN_EMAIL = "admin@ministry.example";
const LIST_PATHS = [
  "/tenders",
  "/tenders?q=archive",
  "/tenders?status=PUBLISHED&sort=title",
  "/tenders?page=200",
  "/tenders?q=4831",
];
// The same authenticated page frame without the list: what the list query adds.
const PAGE_WITHOUT_LIST = "/tenders/new";

runServerBenchmark(async (server) => {
  const tenderCount = numberOption("--tenders", 10_000);
  const requests = { warmUp: 30, measured: numberOption("--requests", 200) };
  const extraSql = textOption("--sql");

  const databaseUrl = await server.startDatabase();
  const fillStartedAt = performance.now();
  const inserted = await fillTenders(databaseUrl, "MIN", tenderCount);
  console.log(`Added ${inserted} tenders to the Ministry in ${seconds(fillStartedAt)}.`);
  await runExtraSql(databaseUrl, extraSql, "Tender");

  const session = await server.startServer(databaseUrl);
  await session.signIn(ADMIN_EMAIL, DEMO_PASSWORD);

  const loadBefore = os.loadavg()[0]!;
  const tenderList = { what: "the tender list", count: statusLineText };
  const rows: Row[] = [
    await measurePage(session, requests, "static file", STATIC_PATH),
    await measurePage(session, requests, "static file", firstStaticChunk()),
    await measurePage(session, requests, "page without the list", PAGE_WITHOUT_LIST),
  ];
  for (const listPath of LIST_PATHS)
    rows.push(await measurePage(session, requests, "tender list", listPath, tenderList));

  const queryTimes = await timeQueriesInChild("list-query-timings.ts", "listTenders", {
    databaseUrl,
    paths: LIST_PATHS,
    explain: process.argv.includes("--explain"),
    env: { BENCH_EMAIL: ADMIN_EMAIL },
  });
  for (const row of rows) row.query = queryTimes[row.path];
  printReport({
    title:
      `Tender list benchmark: ${inserted} tenders added to the Ministry, ${requests.measured} sequential ` +
      `requests per URL after ${requests.warmUp} warm-up, signed in as ${ADMIN_EMAIL}.`,
    legend: "listTenders = the list's database queries alone, in-process.",
    queryColumn: "listTenders",
    rows,
    extraSql,
    load: [loadBefore, os.loadavg()[0]!],
  });
});
