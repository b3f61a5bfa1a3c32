import os from "node:os";
import { withClient } from "../postgres/databases";
import { fillTemplates, startTendersFromTemplates } from "./fill-templates";
import { fillTenders } from "./fill-tenders";
import { numberOption, textOption } from "./options";
import { firstStaticChunk, runExtraSql, runServerBenchmark, seconds, STATIC_PATH } from "./server-benchmark";
import { measurePage, printReport, statusLineText, timeQueriesInChild, type Row } from "./server-report";

// Catalogue benchmark (not a test): `npx tsx scripts/benchmarks/catalogue.ts`.
// Fills a throw-away database with 5,000 templates, runs the production build, and reports the
// public catalogue's server response times as ratios to a static file served by the same server,
// so the figures compare across machines. No one signs in: the catalogue is public.
// See docs/benchmarks.md.
//   --templates N  templates to add (default 5000)
//   --requests N   measured requests per URL (default 200, after 30 warm-up requests)
//   --sql "…"      SQL to run on the throw-away database after filling it, e.g. to try an index
//   --explain      print the plan (EXPLAIN ANALYZE) of each search

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

runServerBenchmark(async (server) => {
  const templateCount = numberOption("--templates", 5_000);
  const requests = { warmUp: 30, measured: numberOption("--requests", 200) };
  const extraSql = textOption("--sql");

  const databaseUrl = await server.startDatabase();
  const fillStartedAt = performance.now();
  const versions = await fillTemplates(databaseUrl, templateCount);
  const tenders = await fillTenders(databaseUrl, "MIN", 3_000);
  const uses = await startTendersFromTemplates(databaseUrl);
  console.log(
    `Added ${templateCount} templates (${versions} versions), ${tenders} tenders of which ${uses} started ` +
      `from a template, in ${seconds(fillStartedAt)}.`,
  );
  await runExtraSql(databaseUrl, extraSql, "TemplateVersion");

  const session = await server.startServer(databaseUrl);

  const loadBefore = os.loadavg()[0]!;
  const catalogue = { what: "the catalogue", count: announcedCount };
  const rows: Row[] = [
    await measurePage(session, requests, "static file", STATIC_PATH),
    await measurePage(session, requests, "static file", firstStaticChunk()),
    await measurePage(session, requests, "public page, no database", PAGE_WITHOUT_DATA),
  ];
  for (const listPath of CATALOGUE_PATHS)
    rows.push(await measurePage(session, requests, "catalogue", listPath, catalogue));
  rows.push(await measurePage(session, requests, "template page", await publishedTemplatePath(databaseUrl)));

  const queryTimes = await timeQueriesInChild("catalogue-query-timings.ts", "searchCatalogue", {
    databaseUrl,
    paths: CATALOGUE_PATHS,
    explain: process.argv.includes("--explain"),
  });
  for (const row of rows) row.query = queryTimes[row.path];
  const facets = queryTimes.facets!;
  const ms = (value: number) => value.toFixed(1);
  printReport({
    title:
      `Catalogue benchmark: ${templateCount} templates added, ${requests.measured} sequential requests per ` +
      `URL after ${requests.warmUp} warm-up, not signed in.`,
    legend:
      `searchCatalogue = the list's query alone, in-process ` +
      `(the filters' choices, run beside it on every list page: ${ms(facets.median)} / ${ms(facets.p95)} ms).`,
    queryColumn: "searchCatalogue",
    rows,
    extraSql,
    load: [loadBefore, os.loadavg()[0]!],
  });
});

/** The count the catalogue announces ("4,512 templates"), without the quotes around a search. */
function announcedCount(html: string): string | undefined {
  return statusLineText(html)?.replace(/&quot;|&#x27;|“|”/g, "");
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
