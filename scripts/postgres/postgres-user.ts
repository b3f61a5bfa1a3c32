import { execFileSync } from "node:child_process";
import os from "node:os";

export interface ProcessIdentity {
  uid: number;
  gid: number;
}

const SYSTEM_USER = "postgres";

// PostgreSQL refuses to run as root, so under root (containers, CI) the server runs as a
// `postgres` system user, created on first use. Returns undefined when no switch is needed.
export function postgresProcessIdentity(): ProcessIdentity | undefined {
  if (os.userInfo().uid !== 0) return undefined;
  return lookUpUser() ?? createUser();
}

function lookUpUser(): ProcessIdentity | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", SYSTEM_USER], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", SYSTEM_USER], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

function createUser(): ProcessIdentity {
  try {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", SYSTEM_USER], { stdio: "pipe" });
  } catch (error) {
    throw new Error(
      `Running as root, and could not create the "${SYSTEM_USER}" system user PostgreSQL must run as ` +
        "(useradd failed). Create it yourself, or run as an ordinary user.",
      { cause: error },
    );
  }
  const identity = lookUpUser();
  if (!identity) throw new Error(`The "${SYSTEM_USER}" user was created but cannot be looked up.`);
  return identity;
}
