import { DEMO_ACCOUNTS } from "../prisma/demo-accounts";
import { prepareDatabase } from "./db/prepare-database";
import { generateClient } from "./db/generate-client";
import { seed } from "./db/seed";
import { resolveDatabase, type ResolvedDatabase } from "./postgres/embedded-postgres";
import { isPortFree } from "./process/port";
import { packageBin, startNodeCommand, stopCommand, type RunningCommand } from "./process/run-command";
import { onShutdownSignal } from "./process/shutdown-signals";
import { ensureAuthSecret } from "./start/auth-secret";
import { isBuildStale } from "./start/build-freshness";
import { decideDemoData } from "./start/demo-data";

// `npm start` (production server) and `npm run dev` (--dev: next dev). Everything the app
// needs is prepared here, so that a fresh clone runs with no configuration at all.
class StartError extends Error {}

let database: ResolvedDatabase | undefined;
let running: RunningCommand | undefined;
// Set on Ctrl-C: from then on the signal handler decides how the process ends.
let shuttingDown = false;

async function main(): Promise<number> {
  const dev = process.argv.includes("--dev");
  const production = process.env.NODE_ENV === "production";
  const port = readPort();
  // Checked first, so that a second `npm start` fails at once instead of after a build.
  if (!(await isPortFree(port))) {
    throw new StartError(
      `Port ${port} is already in use (another Tender Commons?). Choose another: PORT=3001 npm start`,
    );
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: ensureAuthSecret(production),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // Public buyers' servers are often offline, and must not report home unasked.
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  };
  const demoData = decideDemoData(process.env);

  onShutdownSignal(async () => {
    shuttingDown = true;
    if (running) await stopCommand(running);
    await database?.stop();
    process.exit(0);
  });

  database = await resolveDatabase();
  console.log(database.embedded ? "PostgreSQL: embedded, data in .data/postgres" : "PostgreSQL: DATABASE_URL");
  env.DATABASE_URL = database.url;

  if (generateClient()) console.log("Generated the Prisma client.");
  const prepared = await prepareDatabase(database.url);
  if (prepared.migrations.length > 0) console.log(`Applied migrations: ${prepared.migrations.join(", ")}`);
  if (prepared.clauses.length > 0) console.log(`Added ${prepared.clauses.length} clauses to the clause library.`);
  if (demoData.load) await seed(database.url);
  else if (demoData.reason) console.log(demoData.reason);

  if (!dev && isBuildStale()) {
    console.log("Building the app (next build)...");
    running = startNodeCommand(packageBin("next"), ["build"], env);
    const code = await running.exited;
    running = undefined;
    if (code !== 0) throw new StartError("next build failed.");
  }

  printWelcome(env.NEXTAUTH_URL ?? "", demoData.load);
  running = startNodeCommand(packageBin("next"), [dev ? "dev" : "start", "-p", String(port)], env);
  return running.exited;
}

function readPort(): number {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`PORT must be a port number, not "${process.env.PORT}".`);
  }
  return port;
}

function printWelcome(url: string, withDemoAccounts: boolean): void {
  const lines = [``, `Tender Commons: ${url}`];
  if (withDemoAccounts) {
    lines.push("Demo sign-ins:");
    for (const account of DEMO_ACCOUNTS) {
      const memberships = account.memberships.map((m) => `${m.organisation}: ${m.roles.join(", ")}`).join("; ");
      lines.push(`  ${account.email.padEnd(32)} ${account.password}  ${memberships}`);
    }
  }
  console.log(`${lines.join("\n")}\n`);
}

main().then(
  async (code) => {
    if (shuttingDown) return;
    // Next stopped by itself (a crash, or killed): PostgreSQL goes with it.
    await database?.stop();
    process.exit(code);
  },
  async (error: unknown) => {
    if (shuttingDown) return;
    // The message says what to do; the stack only helps someone debugging this script.
    const detailed = process.env.DEBUG && error instanceof Error && !(error instanceof StartError);
    console.error(detailed ? error.stack : error instanceof Error ? error.message : error);
    await database?.stop();
    process.exit(1);
  },
);
