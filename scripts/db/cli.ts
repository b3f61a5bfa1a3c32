import path from "node:path";
import { parseArgs } from "node:util";
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
  (via tender-commons) organisation add, administrator add: set up a first organisation and its administrator
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
      const { prepareDatabase } = await import("./prepare-database");
      const prepared = await prepareDatabase(url);
      report("Applied", prepared.migrations);
      if (prepared.clauses.length > 0) console.log(`Added ${prepared.clauses.length} clauses to the clause library.`);
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
  "add-organisation": {
    check: (args) => void setupOptions(args),
    run: async (url, args) => {
      const { addOrganisation } = await import("./bootstrap");
      const values = setupOptions(args);
      console.log(
        await addOrganisation(url, {
          name: values.name,
          country: values.country,
          authorityType: values["authority-type"]?.toUpperCase().replace("-", "_"),
          referencePrefix: values.prefix,
        }),
      );
    },
  },
  "add-administrator": {
    check: (args) => void setupOptions(args),
    run: async (url, args) => {
      const { addAdministrator } = await import("./bootstrap");
      const values = setupOptions(args);
      console.log(
        await addAdministrator(url, { referencePrefix: values.organisation, email: values.email, name: values.name }),
      );
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

function setupOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        name: { type: "string" },
        country: { type: "string" },
        "authority-type": { type: "string" },
        prefix: { type: "string" },
        organisation: { type: "string" },
        email: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

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
