// `tender-commons export ocds` (scripts/cli/export-ocds/command.ts) runs this file as
//   node <tsx> --conditions=react-server scripts/cli/export-ocds/export-ocds.ts [--out FILE] [--since DATE]
// It loads lib/server ("server-only"), hence the condition. It reads DATABASE_URL, or the embedded
// PostgreSQL under .data/ (attaching to one the app already runs), like scripts/db/cli.ts.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { getEnv } from "../../../lib/env";
import { ocdsReleasesQuerySchema } from "../../../lib/schemas/ocds";
import { createPrismaClient } from "../../../lib/server/db";
import { readOcdsExport } from "../../../lib/server/ocds/ocds-export";
import { ocdsSettings } from "../../../lib/server/ocds/ocds-settings";
import { resolveDatabase } from "../../postgres/embedded-postgres";
import { onShutdownSignal } from "../../process/shutdown-signals";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string" }, since: { type: "string" } }, strict: true });
  const { since } = ocdsReleasesQuerySchema.parse(values.since ? { since: values.since } : {});
  const starting = resolveDatabase();
  onShutdownSignal(async () => {
    await (await starting.catch(() => undefined))?.stop();
    process.exit(130);
  });
  const database = await starting;
  // lib/env.ts reads the settings from the environment, the database's address included.
  process.env.DATABASE_URL = database.url;
  const db = createPrismaClient(database.url);
  try {
    const env = getEnv();
    const exported = await readOcdsExport(
      db,
      { since },
      {
        settings: ocdsSettings(env),
        baseUrl: env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
      },
    );
    if (!exported) {
      console.error(
        since
          ? `No published tender has changed since ${since.toISOString()}: nothing written.`
          : "No tender has been published yet: nothing written.",
      );
      return 0;
    }
    const json = `${JSON.stringify(exported.releasePackage, null, 2)}\n`;
    const summary = `${exported.releasePackage.releases.length} releases of ${exported.processCount} tenders`;
    if (values.out) {
      writeFileSync(values.out, json);
      console.error(`Wrote ${summary} to ${values.out}.`);
    } else {
      // Wait until it is written: a pipe may still hold it when the process exits.
      await new Promise<void>((resolve) => process.stdout.write(json, () => resolve()));
      console.error(`Wrote ${summary}.`);
    }
    return 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`tender-commons export ocds: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
