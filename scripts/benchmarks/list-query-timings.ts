// Times listTenders itself (the list's two database queries, no HTTP, no rendering) for each
// benchmarked URL, so the report can tell the database's share from the page's. lib/server is
// "server-only", so tender-list.ts runs this file in a child process with
//   node --conditions=react-server --import tsx scripts/benchmarks/list-query-timings.ts
// Input: DATABASE_URL, BENCH_EMAIL, BENCH_PATHS (JSON array of "/tenders?…"), BENCH_ROUNDS ("warmUp,measured"),
// and BENCH_EXPLAIN=1 to print each statement's plan (EXPLAIN ANALYZE) to stderr first.
// Output: one JSON line, { "<path>": { count, median, p95 } }.
import { tenderListQuerySchema } from "../../lib/schemas/tender-list";
import { loadViewer } from "../../lib/server/auth/load-viewer";
import { listTenders } from "../../lib/server/tenders/list-tenders";
import { runQueryTimings } from "./query-timings";

runQueryTimings({
  env: ["BENCH_EMAIL"],
  explainShowsSql: true,
  prepare: async (db, env) => {
    const email = env.BENCH_EMAIL!;
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const loaded = await loadViewer(db, user.id, undefined);
    if (loaded.kind !== "viewer") throw new Error(`${email} has no organisation.`);
    return {
      forPath: (search) => {
        const query = tenderListQuerySchema.parse(search);
        return async () => void (await listTenders(db, loaded.viewer, query));
      },
    };
  },
});
