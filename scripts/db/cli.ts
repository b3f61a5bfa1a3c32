import path from "node:path";
import { resolveDatabase } from "../postgres/embedded-postgres";
import { onShutdownSignal } from "../process/shutdown-signals";
import { PROJECT_ROOT } from "../project-root";
import { migrationSlug } from "./migration-name";
import { generateClient } from "./generate-client";

const USAGE = `Usage: npm run <script>, where <script> is one of
  db:migrate                   apply the migrations the database lacks
  db:create-migration <name>   write a migration from the changes to prisma/schema.prisma
  db:reset                     empty the database, then apply every migration
  db:seed                      load the demo data
  prisma:generate              regenerate the Prisma client if the schema changed
Without DATABASE_URL these use the embedded PostgreSQL in .data/postgres.`;

interface Command {
  // Checked before PostgreSQL is started, so that a typo fails fast.
  check?: (args: string[]) => void;
  run: (databaseUrl: string, args: string[]) => Promise<void>;
}

// Loaded on demand: the schema engine's WebAssembly takes a moment to compile.
const COMMANDS: Record<string, Command> = {
  migrate: {
    run: async (url) => {
      const { applyMigrations } = await import("./apply-migrations");
      report("Applied", await applyMigrations(url));
    },
  },
  "create-migration": {
    check: ([name]) => {
      if (!name) throw new UsageError("Name the migration: npm run db:create-migration -- add_tenders");
      migrationSlug(name);
    },
    run: async (url, [name = ""]) => {
      const { createMigration } = await import("./create-migration");
      const directory = await createMigration(url, name);
      console.log(directory ? `Created ${path.relative(PROJECT_ROOT, directory)}/migration.sql` : "no changes");
    },
  },
  reset: {
    check: () => {
      if (process.env.NODE_ENV === "production") {
        throw new UsageError("Refusing to reset a database with NODE_ENV=production.");
      }
    },
    run: async (url) => {
      const { resetDatabase } = await import("./reset");
      report("Reset the database and applied", await resetDatabase(url));
    },
  },
  seed: {
    run: async (url) => {
      const { seed } = await import("./seed");
      await seed(url);
      console.log("Demo data loaded.");
    },
  },
};

class UsageError extends Error {}

function report(what: string, migrations: string[]): void {
  if (migrations.length === 0) console.log("No migrations to apply: the database is up to date.");
  else console.log(`${what} ${migrations.length} migration(s):\n${migrations.map((name) => `  ${name}`).join("\n")}`);
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (name === "generate") {
    const generated = generateClient({ force: args.includes("--force") });
    console.log(generated ? "Generated the Prisma client." : "The Prisma client is up to date.");
    return;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) throw new UsageError(USAGE);
  command.check?.(args);
  const starting = resolveDatabase();
  onShutdownSignal(async () => {
    // A PostgreSQL still starting is waited for, so that it gets stopped too.
    const started = await starting.catch(() => undefined);
    await started?.stop();
    process.exit(130);
  });
  const database = await starting;
  try {
    await command.run(database.url, args);
  } finally {
    await database.stop();
  }
}

main().then(
  // Explicit exit: a pool left open by the seed must not keep the command hanging.
  () => process.exit(0),
  (error: unknown) => {
    // The message says what went wrong; the stack is for debugging this script.
    const detailed = process.env.DEBUG && error instanceof Error && !(error instanceof UsageError);
    console.error(detailed ? error.stack : error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
