import { execFile } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/**
 * LibreOffice for the export round trips (lib/domain/documents/*.integration.test.ts): the
 * exported files must open and convert in the office suite public buyers use. CI installs it
 * (.ci/run); on a developer machine without it those tests are skipped, with a message.
 */

/** The `soffice` program on the PATH, or null. */
export function findSoffice(): string | null {
  for (const folder of (process.env.PATH ?? "").split(":")) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this folder
      }
    }
  }
  return null;
}

/** In CI a missing LibreOffice is a failure, never a skip: the round trips must run there. */
export function libreOfficeRequired(): boolean {
  return process.env.CI === "true";
}

const run = promisify(execFile);

/**
 * Converts files with LibreOffice headless (`--convert-to pdf`, `csv:…`), with a profile of its
 * own so it neither needs nor disturbs a LibreOffice the user has open. Fails with LibreOffice's
 * output when a converted file is missing.
 */
export async function convertWithLibreOffice(
  soffice: string,
  files: readonly string[],
  target: string,
  outDir: string,
  profileDir: string,
): Promise<void> {
  const { stdout, stderr } = await run(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      target,
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout: 180_000 },
  );
  const extension = target.split(":")[0]!;
  for (const file of files) {
    const converted = join(
      outDir,
      `${file
        .split("/")
        .pop()!
        .replace(/\.[^.]+$/, "")}.${extension}`,
    );
    if (!existsSync(converted))
      throw new Error(`LibreOffice did not convert ${file} to ${target}:\n${stdout}\n${stderr}`);
  }
}
