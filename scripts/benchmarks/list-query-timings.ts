// Times listTenders itself (the list's two database queries, no HTTP, no rendering) for each
// benchmarked URL, so the report can tell the database's share from the page's. lib/server is
// "server-only", so tender-list.ts runs this file in a child process with
//   node --conditions=react-server --import tsx scripts/benchmarks/list-query-timings.ts
// Input: DATABASE_URL, BENCH_EMAIL, BENCH_PATHS (JSON array of "/tenders?…"), BENCH_ROUNDS ("warmUp,measured"),
// and BENCH_EXPLAIN=1 to print each statement's plan (EXPLAIN ANALYZE) to stderr first.
// Output: one JSON line, { "<path>": { count, median, p95 } }.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { tenderListQuerySchema } from "../../lib/schemas/tender-list";
import { loadViewer } from "../../lib/server/auth/load-viewer";
import { listTenders } from "../../lib/server/tenders/list-tenders";
import { timeSequentially, type Summary } from "./stats";

async function main(): Promise<void> {
  const { DATABASE_URL: url, BENCH_EMAIL: email, BENCH_PATHS: paths, BENCH_ROUNDS: rounds } = process.env;
  if (!url || !email || !paths || !rounds)
    throw new Error("Set DATABASE_URL, BENCH_EMAIL, BENCH_PATHS and BENCH_ROUNDS.");
  const [warmUp = 10, measured = 100] = rounds.split(",").map(Number);
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  // Filled only while a list is being explained.
  let captured: { query: string; params: string }[] | undefined;
  db.$on("query", (event) => captured?.push({ query: event.query, params: event.params }));
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const loaded = await loadViewer(db, user.id, undefined);
    if (loaded.kind !== "viewer") throw new Error(`${email} has no organisation.`);
    const results: Record<string, Summary> = {};
    for (const path of JSON.parse(paths) as string[]) {
      const search = new URL(path, "http://localhost").searchParams;
      const query = tenderListQuerySchema.parse(Object.fromEntries(search));
      const list = async () => void (await listTenders(db, loaded.viewer, query));
      if (process.env.BENCH_EXPLAIN === "1") {
        captured = [];
        await list();
        const statements = captured;
        captured = undefined;
        for (const { query: sql, params } of statements) {
          const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
            `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
            ...(JSON.parse(params) as unknown[]),
          );
          console.error(`\n${path}\n${sql}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
        }
      }
      results[path] = await timeSequentially(list, { warmUp, measured });
    }
    console.log(JSON.stringify(results));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
