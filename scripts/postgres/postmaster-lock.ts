import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type LockState =
  { kind: "none" } | { kind: "stale"; pid: number } | { kind: "running"; pid: number; port: number; status: string };

// PostgreSQL's own lock file. Its lines are: pid, data directory, start time, port, socket
// directory, listen address, shared memory key, status ("starting", "ready", "stopping").
export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, "postmaster.pid");
}

export function readLockState(dataDir: string): LockState {
  let lines: string[];
  try {
    lines = fs.readFileSync(lockFilePath(dataDir), "utf8").split("\n");
  } catch {
    return { kind: "none" };
  }
  const pid = Number(lines[0]);
  // A lock file cut short by a crash in the middle of writing it.
  if (!Number.isInteger(pid) || pid <= 0) return { kind: "stale", pid: 0 };
  if (!isPostgresServing(pid, dataDir)) return { kind: "stale", pid };
  return { kind: "running", pid, port: Number(lines[3]), status: (lines[7] ?? "").trim() };
}

// PostgreSQL only treats its lock file as stale when the pid in it is gone. After a crash or a
// container restart the pid is often reused by an unrelated process, and PostgreSQL then
// refuses to start, so we check what that pid really is.
function isPostgresServing(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = readCommandLine(pid);
  // Cannot tell on this platform: assume it is a server, which is the safe side.
  if (commandLine === undefined) return true;
  return /postgres/.test(commandLine) && commandLine.includes(path.resolve(dataDir));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // ESRCH: gone. EPERM: another user's process, so not one of ours either.
    return false;
  }
}

function readCommandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    // Not Linux: ask ps (macOS has it).
  }
  try {
    return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}
