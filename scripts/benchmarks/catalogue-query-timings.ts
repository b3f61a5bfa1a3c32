// Times the catalogue's queries themselves (searchCatalogue and the filters' choices, no HTTP, no
// rendering) for each benchmarked URL, so the report can tell the database's share from the
// page's. lib/server is "server-only", so catalogue.ts runs this file in a child process with
//   node --conditions=react-server --import tsx scripts/benchmarks/catalogue-query-timings.ts
// Input: DATABASE_URL, BENCH_PATHS (JSON array of "/catalogue?…"), BENCH_ROUNDS ("warmUp,measured"),
// and BENCH_EXPLAIN=1 to print each statement's plan (EXPLAIN ANALYZE) to stderr first.
// Output: one JSON line, { "<path>": { count, median, p95 }, "facets": … }.
import { catalogueQuerySchema } from "../../lib/schemas/catalogue-query";
import { getCatalogueFacets } from "../../lib/server/catalogue/catalogue-facets";
import { searchCatalogue } from "../../lib/server/catalogue/search-catalogue";
import { runQueryTimings } from "./query-timings";

runQueryTimings({
  prepare: async (db) => ({
    forPath: (search) => {
      const query = catalogueQuerySchema.parse(search);
      return async () => void (await searchCatalogue(db, query));
    },
    extra: { facets: async () => void (await getCatalogueFacets(db)) },
  }),
});
