import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { timeSequentially, type Summary } from "./stats";

/**
 * The child-process side of the server benchmarks' query timings (list-query-timings.ts,
 * catalogue-query-timings.ts): a Prisma client on DATABASE_URL, each of BENCH_PATHS
 * (a JSON array of URLs) timed BENCH_ROUNDS ("warmUp,measured") times, and with
 * BENCH_EXPLAIN=1 the plan (EXPLAIN ANALYZE) of every statement printed to stderr first.
 * Prints one JSON line, { "<path>": { count, median, p95 }, …, and any `extra` by name }.
 */

export type QueryTimings = {
  /** Environment variables needed besides DATABASE_URL, BENCH_PATHS and BENCH_ROUNDS. */
  env?: readonly string[];
  /** Also print each statement's SQL above its plan. */
  explainShowsSql?: boolean;
  /** What to time for a URL's query string; called once, so it may read the database first. */
  prepare: (
    db: PrismaClient,
    env: Record<string, string>,
  ) => Promise<{
    forPath: (search: Record<string, string>) => () => Promise<void>;
    /** Further work, timed once each after the URLs and reported under its name. */
    extra?: Record<string, () => Promise<void>>;
  }>;
};

export function runQueryTimings(timings: QueryTimings): void {
  main(timings).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

async function main({ env: extraEnv = [], explainShowsSql = false, prepare }: QueryTimings): Promise<void> {
  const names = ["DATABASE_URL", ...extraEnv, "BENCH_PATHS", "BENCH_ROUNDS"];
  const env = Object.fromEntries(names.map((name) => [name, process.env[name] ?? ""]));
  if (names.some((name) => !env[name])) {
    throw new Error(`Set ${names.slice(0, -1).join(", ")} and ${names.at(-1)}.`);
  }
  const [warmUp = 10, measured = 100] = env.BENCH_ROUNDS!.split(",").map(Number);
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL! }),
    log: [{ emit: "event", level: "query" }],
  });
  // Filled only while a URL's work is being explained.
  let captured: { query: string; params: string }[] | undefined;
  db.$on("query", (event) => captured?.push({ query: event.query, params: event.params }));
  try {
    const { forPath, extra = {} } = await prepare(db, env);
    const results: Record<string, Summary> = {};
    for (const path of JSON.parse(env.BENCH_PATHS!) as string[]) {
      const run = forPath(Object.fromEntries(new URL(path, "http://localhost").searchParams));
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
          const heading = explainShowsSql ? `${path}\n${sql}` : path;
          console.error(`\n${heading}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
        }
      }
      results[path] = await timeSequentially(run, { warmUp, measured });
    }
    for (const [name, run] of Object.entries(extra)) results[name] = await timeSequentially(run, { warmUp, measured });
    console.log(JSON.stringify(results));
  } finally {
    await db.$disconnect();
  }
}
