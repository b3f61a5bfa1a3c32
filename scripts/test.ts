import { rmSync } from "node:fs";
import { generateClient } from "./db/generate-client";
import { resetDatabase } from "./db/reset";
import { seed } from "./db/seed";
import type { RunningDatabase } from "./postgres/embedded-postgres";
import { isPortFree } from "./process/port";
import { packageBin, startNodeCommand, stopCommand, type RunningCommand } from "./process/run-command";
import { onShutdownSignal } from "./process/shutdown-signals";
import { resolveTestDatabase } from "./postgres/test-database";

// `npm test`: every check CI runs, in order, stopping at the first failure.
//   npm test -- --skip-e2e        everything but the browser tests
//   npm test -- --only lint       one step (repeat --only, or separate with commas, for more)
//   npm test -- --only integration,build,e2e --files bids
//                                 only the integration and e2e test files whose path contains "bids"

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// Signs the e2e sessions; a fixed value keeps runs reproducible and is worthless elsewhere.
const TEST_AUTH_SECRET = "tender-commons-e2e-secret-not-for-production";

interface Step {
  name: string;
  // Steps after which the test database must exist.
  needsDatabase?: boolean;
  run: () => Promise<void>;
}

let database: RunningDatabase | undefined;
let running: RunningCommand | undefined;
let interrupted = false;

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  // Steps that need no database must not reach the developer's one either.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return env;
}

function testEnv(): NodeJS.ProcessEnv {
  if (!database) throw new Error("The test database is not ready (run the database step).");
  return {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: TEST_AUTH_SECRET,
    NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  };
}

async function run(packageName: string, binName: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  running = startNodeCommand(packageBin(packageName, binName), args, env);
  const code = await running.exited;
  running = undefined;
  if (code !== 0) throw new StepFailure(`${binName} ${args.join(" ")} exited with code ${code}`);
}

class StepFailure extends Error {}

const STEPS: Step[] = [
  {
    name: "generate",
    run: async () => {
      console.log(generateClient() ? "Generated the Prisma client." : "The Prisma client is up to date.");
    },
  },
  {
    name: "typecheck",
    run: () => {
      // Route types left by an earlier build or dev server may name pages since removed; the
      // build step writes them anew, so typecheck the sources without them.
      for (const stale of [".next/types", ".next/dev/types"]) rmSync(stale, { recursive: true, force: true });
      return run("typescript", "tsc", ["--noEmit"], withoutDatabaseUrl());
    },
  },
  { name: "lint", run: () => run("eslint", "eslint", ["--max-warnings=0", "."], withoutDatabaseUrl()) },
  { name: "format", run: () => run("prettier", "prettier", ["--check", "."], withoutDatabaseUrl()) },
  { name: "unit", run: () => run("vitest", "vitest", ["run", "--project", "unit"], withoutDatabaseUrl()) },
  {
    name: "database",
    run: async () => {
      database = await resolveTestDatabase();
      const applied = await resetDatabase(database.url);
      console.log(`Test database rebuilt from ${applied.length} migration(s).`);
      await seed(database.url);
    },
  },
  {
    name: "integration",
    needsDatabase: true,
    run: () => run("vitest", "vitest", ["run", "--project", "integration", ...fileFilters()], testEnv()),
  },
  { name: "build", needsDatabase: true, run: () => run("next", "next", ["build"], testEnv()) },
  {
    name: "e2e",
    needsDatabase: true,
    run: async () => {
      // Playwright would reuse whatever already listens there (a dev server on the dev database).
      if (!(await isPortFree(E2E_PORT))) {
        throw new StepFailure(`Port ${E2E_PORT} is in use; stop what runs there, or set E2E_PORT.`);
      }
      await run("@playwright/test", "playwright", ["test", ...fileFilters()], testEnv());
    },
  },
];

/** `--files a,b`: path fragments both vitest and Playwright take as positional filters. */
function fileFilters(): string[] {
  const args = process.argv.slice(2);
  const index = args.indexOf("--files");
  return index === -1 ? [] : (args[index + 1] ?? "").split(",").filter((fragment) => fragment.trim() !== "");
}

function selectSteps(args: string[]): Step[] {
  const only = new Set<string>();
  args.forEach((arg, index) => {
    if (arg === "--only") (args[index + 1] ?? "").split(",").forEach((name) => only.add(name.trim()));
  });
  const unknown = [...only].filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length > 0) {
    throw new StepFailure(`Unknown step(s): ${unknown.join(", ")}. Steps: ${STEPS.map((s) => s.name).join(", ")}`);
  }
  let selected = only.size > 0 ? STEPS.filter((step) => only.has(step.name)) : STEPS;
  if (args.includes("--skip-e2e")) selected = selected.filter((step) => step.name !== "e2e");
  if (selected.some((step) => step.needsDatabase) && !selected.some((step) => step.name === "database")) {
    selected = STEPS.filter((step) => step.name === "database" || selected.includes(step));
  }
  return selected;
}

async function main(): Promise<boolean> {
  const steps = selectSteps(process.argv.slice(2));
  let passed = 0;
  let failed = 0;
  onShutdownSignal(async () => {
    interrupted = true;
    if (running) await stopCommand(running);
    await database?.stop();
    console.log(`\nInterrupted.\nsteps: ${passed} passed, ${failed + 1} failed`);
    process.exit(130);
  });
  try {
    for (const step of steps) {
      console.log(`\n▶ ${step.name}`);
      const startedAt = Date.now();
      try {
        await step.run();
      } catch (error) {
        if (interrupted) return false;
        failed += 1;
        console.error(error instanceof StepFailure ? error.message : error);
        console.log(`✖ ${step.name} failed after ${seconds(startedAt)}`);
        break;
      }
      passed += 1;
      console.log(`✔ ${step.name} (${seconds(startedAt)})`);
    }
  } finally {
    if (!interrupted) await database?.stop();
  }
  if (!interrupted) console.log(`\nsteps: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

main().then(
  (ok) => {
    if (!interrupted) process.exit(ok ? 0 : 1);
  },
  (error: unknown) => {
    console.error(error instanceof StepFailure ? error.message : error);
    process.exit(1);
  },
);
