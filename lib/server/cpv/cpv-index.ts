import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkCpvCode } from "@/lib/domain/cpv/cpv-code";
import type { CpvEntry } from "@/lib/domain/cpv/parse-cpv-csv";
import { parseCpvCsv } from "@/lib/domain/cpv/parse-cpv-csv";
import { buildCpvIndex, type CpvIndex } from "@/lib/domain/cpv/search-cpv";

// The app always runs from the project root (npm start, next start, the Docker image's /app, and
// vitest), so the data file is found from the working directory. It is read at run time, not
// bundled: `next start` serves from the project tree, and the Docker image copies all of it.
const CPV_CSV = path.join(process.cwd(), "data", "cpv", "cpv2008.csv");

// One index per process (about 0.1 s to build); kept on globalThis so that development hot
// reloads do not build it again.
const globalForCpv = globalThis as unknown as { cpvIndex?: CpvIndex };

/** The CPV 2008 vocabulary with its search index, loaded on first use. */
export function getCpvIndex(): CpvIndex {
  globalForCpv.cpvIndex ??= buildCpvIndex(parseCpvCsv(readFileSync(CPV_CSV, "utf8")));
  return globalForCpv.cpvIndex;
}

/**
 * The entry for a code as typed ("72260000", "72260000-5", "72 26 00 00"); undefined when the
 * code is not in CPV 2008 or its check digit, when given, is not the published one.
 */
export function findCpv(code: string): CpvEntry | undefined {
  const index = getCpvIndex();
  const checked = checkCpvCode(code, (code8) => index.get(code8)?.checkDigit);
  return checked.ok ? index.get(checked.code8) : undefined;
}

/** True when the code is in CPV 2008 (see findCpv for the forms accepted). */
export function isKnownCpv(code: string): boolean {
  return findCpv(code) !== undefined;
}
