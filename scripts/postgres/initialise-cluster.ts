import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ProcessIdentity } from "./postgres-user";

export const SUPERUSER = "postgres";
const PASSWORD_FILE = "embedded-password";

export function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"));
}

// The superuser's password, chosen at random when the cluster was created. The server only
// listens on 127.0.0.1, but other local users should still not get in.
export function readSuperuserPassword(dataDir: string): string {
  return fs.readFileSync(path.join(dataDir, PASSWORD_FILE), "utf8").trim();
}

// initdb runs into a sibling directory that is renamed into place at the end, so an initdb
// interrupted half-way never leaves a data directory that looks usable.
export async function initialiseCluster(
  initdbPath: string,
  dataDir: string,
  identity: ProcessIdentity | undefined,
): Promise<void> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION); move it away.`);
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const staging = `${dataDir}.initdb-${process.pid}`;
  const passwordFile = `${staging}.pwfile`;
  const password = randomBytes(18).toString("hex");
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { mode: 0o700 });
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (identity) {
    fs.chownSync(staging, identity.uid, identity.gid);
    fs.chownSync(passwordFile, identity.uid, identity.gid);
  }
  try {
    await runInitdb(initdbPath, staging, passwordFile, identity);
    fs.writeFileSync(path.join(staging, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(staging, dataDir);
  } finally {
    fs.rmSync(passwordFile, { force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function runInitdb(
  initdbPath: string,
  pgdata: string,
  passwordFile: string,
  identity: ProcessIdentity | undefined,
): Promise<void> {
  const args = [
    `--pgdata=${pgdata}`,
    `--username=${SUPERUSER}`,
    `--pwfile=${passwordFile}`,
    "--auth=scram-sha-256",
    "--encoding=UTF8",
    // ICU's root collation sorts accented names the way European users expect, and does not
    // depend on which operating-system locales happen to be installed.
    "--locale-provider=icu",
    "--icu-locale=und",
    "--locale=C",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(initdbPath, args, {
      ...identity,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`initdb failed (exit code ${code}):\n${output}`));
    });
  });
}
