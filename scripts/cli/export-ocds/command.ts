import path from "node:path";
import { ocdsReleasesQuerySchema } from "../../../lib/schemas/ocds";
import type { Command } from "../main";

/** The script that reads the database (it loads lib/server, hence the react-server condition). */
export const EXPORT_OCDS_SCRIPT = "scripts/cli/export-ocds/export-ocds.ts";
export const SERVER_CONDITIONS = ["--conditions=react-server"];
const EXIT_USAGE = 2;

const USAGE = "Usage: tender-commons export ocds [--out <file>] [--since <date>]\n";

export const exportOcdsCommand: Command = {
  name: "export ocds",
  summary: "Write the published tenders and their awards as an OCDS 1.1 release package",
  details: [
    "The same releases as GET /api/ocds/releases (docs/ocds.md), every page in one package: published",
    "data only, never a draft or a sealed bid. --since <date> (2026-05-01, or a date and time with its",
    "time zone) keeps the tenders changed since. Without --out the package goes to standard output.",
    "Reads DATABASE_URL, or the embedded PostgreSQL under .data/ when it is unset; the ocid prefix,",
    "publisher and licence come from OCDS_OCID_PREFIX, OCDS_PUBLISHER_NAME, OCDS_PUBLISHER_URI and",
    "OCDS_LICENSE, and the package's address from NEXTAUTH_URL (docs/operations.md).",
    "Exit status: 0 written (or nothing published: nothing written), 1 an error, 2 bad usage.",
    "Example: tender-commons export ocds --out releases.json --since 2026-05-01",
  ].join("\n"),
  options: { out: { type: "string", short: "o" }, since: { type: "string" } },
  run: async ({ io, values }) => {
    const since = typeof values.since === "string" ? values.since : undefined;
    const out = typeof values.out === "string" ? values.out : undefined;
    // The route's own rule, checked before any database is started.
    const parsed = ocdsReleasesQuerySchema.safeParse(since === undefined ? {} : { since });
    if (!parsed.success) {
      io.err(`tender-commons export ocds: --${parsed.error.issues[0]!.message}.\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (out !== undefined && out.trim() === "") {
      io.err(`tender-commons export ocds: --out needs a file name.\n${USAGE}`);
      return EXIT_USAGE;
    }
    // The script runs in the project root: a relative --out is the caller's.
    const args = [...(out ? ["--out", path.resolve(out)] : []), ...(since ? ["--since", since] : [])];
    return io.runScript(EXPORT_OCDS_SCRIPT, args, SERVER_CONDITIONS);
  },
};
