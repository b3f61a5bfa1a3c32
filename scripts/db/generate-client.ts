import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { fromRoot } from "../project-root";

const OUTPUT_DIR = fromRoot("lib", "generated", "prisma");
const STAMP_FILE = fromRoot("lib", "generated", "prisma", ".schema-hash");
const INPUTS = [
  fromRoot("prisma", "schema.prisma"),
  // A new Prisma version generates different code from the same schema.
  fromRoot("node_modules", "prisma", "package.json"),
  fromRoot("node_modules", "@prisma", "client", "package.json"),
];

// Runs `prisma generate` unless lib/generated/prisma was generated from this very schema and
// Prisma version. Returns whether it generated. Reads three small files when up to date.
export function generateClient({ force = false }: { force?: boolean } = {}): boolean {
  const hash = inputsHash();
  if (!force && isUpToDate(hash)) return false;
  const result = spawnSync(process.execPath, [fromRoot("node_modules", "prisma", "build", "index.js"), "generate"], {
    cwd: fromRoot(),
    encoding: "utf8",
    env: {
      ...process.env,
      // The CLI downloads a native schema engine on start unless it is told where one is;
      // generate never runs it, so any existing file will do. Offline, nothing else works.
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) {
    throw new Error(`prisma generate failed:\n${result.stdout}${result.stderr}${result.error?.message ?? ""}`);
  }
  fs.writeFileSync(STAMP_FILE, `${hash}\n`);
  return true;
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) hash.update(fs.readFileSync(input));
  return hash.digest("hex");
}

function isUpToDate(hash: string): boolean {
  try {
    return fs.readFileSync(STAMP_FILE, "utf8").trim() === hash && fs.existsSync(`${OUTPUT_DIR}/client.ts`);
  } catch {
    return false;
  }
}
