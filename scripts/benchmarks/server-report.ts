import { spawn } from "node:child_process";
import os from "node:os";
import { fromRoot } from "../project-root";
import type { HttpSession } from "./http-session";
import { STATIC_PATH } from "./server-benchmark";
import { timeSequentially, type Summary } from "./stats";

/**
 * Measuring and reporting for the benchmarks of server pages (tender-list.ts, catalogue.ts):
 * each URL timed over HTTP, its queries timed alone in a child process, and a Markdown table of
 * medians with their ratio to the first row, a static file, which compares across machines.
 */

export type Requests = { warmUp: number; measured: number };

/** One URL: what it is, the count its page announces, and its times over HTTP and in-process. */
export type Row = { label: string; path: string; shows?: string; http: Summary; query?: Summary };

/** What a list page must show before it is timed: `count` reads its announced count from the HTML. */
export type ListCheck = { what: string; count: (html: string) => string | undefined };

/** GET `urlPath` once (checked against `list` when given), then timed `requests` times in a row. */
export async function measurePage(
  session: HttpSession,
  requests: Requests,
  label: string,
  urlPath: string,
  list?: ListCheck,
): Promise<Row> {
  const body = await session.get(urlPath);
  const shows = list ? list.count(body) : undefined;
  if (list && shows === undefined) throw new Error(`${urlPath} did not show ${list.what}.`);
  const http = await timeSequentially(async () => void (await session.get(urlPath)), requests);
  return { label, path: urlPath, shows, http };
}

/** The count a list announces ("10,002 tenders"), read from its status line. */
export function statusLineText(html: string): string | undefined {
  return /role="status"[^>]*>([^<]*)</.exec(html)?.[1]?.trim();
}

/**
 * Runs `script` (a scripts/benchmarks file) in a child process that may load lib/server
 * ("server-only"), and reads the timings it prints as its last line. `what` names the timed
 * function in the error message.
 */
export function timeQueriesInChild(
  script: string,
  what: string,
  input: { databaseUrl: string; paths: string[]; explain: boolean; env?: Record<string, string> },
): Promise<Record<string, Summary>> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", fromRoot("scripts", "benchmarks", script)],
    {
      cwd: fromRoot(),
      env: {
        ...process.env,
        DATABASE_URL: input.databaseUrl,
        ...input.env,
        BENCH_PATHS: JSON.stringify(input.paths),
        BENCH_ROUNDS: "10,100",
        BENCH_EXPLAIN: input.explain ? "1" : "0",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = output.trim().split("\n").at(-1) ?? "";
      if (code === 0) resolve(JSON.parse(last) as Record<string, Summary>);
      else reject(new Error(`Timing ${what} failed (exit code ${code}).`));
    });
  });
}

export type Report = {
  /** What was measured, how often, as whom. */
  title: string;
  /** What the ratio and the query column mean. */
  legend: string;
  /** The heading of the in-process query column. */
  queryColumn: string;
  rows: readonly Row[];
  extraSql?: string;
  /** One-minute load average when measuring started and ended: other work on the machine skews the figures. */
  load: [number, number];
};

export function printReport({ title, legend, queryColumn, rows, extraSql, load }: Report): void {
  const baseline = rows[0]!.http.median;
  const ms = (value: number) => value.toFixed(1);
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(
    [
      "",
      title,
      `Machine: ${os.cpus().length} cores (${cpu}), Node.js ${process.version}, ${os.platform()} ${os.release()}; ` +
        `load average ${load.map((value) => value.toFixed(1)).join(" → ")} while measuring.`,
      `Ratio = median / median of GET ${STATIC_PATH}. ${legend}`,
      ...(extraSql ? [`With, after filling: ${extraSql}`] : []),
      "",
      `| URL | What | Shows | Median ms | p95 ms | Ratio | ${queryColumn} median / p95 ms |`,
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
