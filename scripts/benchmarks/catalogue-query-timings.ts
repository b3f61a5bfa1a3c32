// Times the catalogue's queries themselves (searchCatalogue and the filters' choices, no HTTP, no
// rendering) for each benchmarked URL, so the report can tell the database's share from the
// page's. lib/server is "server-only", so catalogue.ts runs this file in a child process with
//   node --conditions=react-server --import tsx scripts/benchmarks/catalogue-query-timings.ts
// Input: DATABASE_URL, BENCH_PATHS (JSON array of "/catalogue?…"), BENCH_ROUNDS ("warmUp,measured"),
// and BENCH_EXPLAIN=1 to print each statement's plan (EXPLAIN ANALYZE) to stderr first.
// Output: one JSON line, { "<path>": { count, median, p95 }, "facets": … }.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { catalogueQuerySchema } from "../../lib/schemas/catalogue-query";
import { getCatalogueFacets } from "../../lib/server/catalogue/catalogue-facets";
import { searchCatalogue } from "../../lib/server/catalogue/search-catalogue";
import { timeSequentially, type Summary } from "./stats";

async function main(): Promise<void> {
  const { DATABASE_URL: url, BENCH_PATHS: paths, BENCH_ROUNDS: rounds } = process.env;
  if (!url || !paths || !rounds) throw new Error("Set DATABASE_URL, BENCH_PATHS and BENCH_ROUNDS.");
  const [warmUp = 10, measured = 100] = rounds.split(",").map(Number);
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  // Filled only while a search is being explained.
  let captured: { query: string; params: string }[] | undefined;
  db.$on("query", (event) => captured?.push({ query: event.query, params: event.params }));
  try {
    const results: Record<string, Summary> = {};
    for (const path of JSON.parse(paths) as string[]) {
      const search = new URL(path, "http://localhost").searchParams;
      const query = catalogueQuerySchema.parse(Object.fromEntries(search));
      const run = async () => void (await searchCatalogue(db, query));
      if (process.env.BENCH_EXPLAIN === "1") {
        captured = [];
        await run();
        const statements = captured;
        captured = undefined;
        for (const { query: sql, params } of statements) {
          const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
            `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
            ...(JSON.parse(params) as unknown[]),
          );
          console.error(`\n${path}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
        }
      }
      results[path] = await timeSequentially(run, { warmUp, measured });
    }
    results.facets = await timeSequentially(async () => void (await getCatalogueFacets(db)), { warmUp, measured });
    console.log(JSON.stringify(results));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
