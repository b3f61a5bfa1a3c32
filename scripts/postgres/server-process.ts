import { spawn } from "node:child_process";
import fs from "node:fs";
import type { ProcessIdentity } from "./postgres-user";
import { isAlive, lockFilePath, readLockState } from "./postmaster-lock";
import { createServerLogFilter, LOG_SETTINGS } from "./server-log";

export const LISTEN_HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export interface StartedServer {
  pid: number;
  // Rejects if the server exits before it accepts connections.
  ready: Promise<void>;
}

export function startServer(
  postgresPath: string,
  dataDir: string,
  port: number,
  identity: ProcessIdentity | undefined,
): StartedServer {
  const child = spawn(
    postgresPath,
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      `listen_addresses=${LISTEN_HOST}`,
      // TCP only: the default socket directory may not exist or be writable here.
      "-c",
      "unix_socket_directories=",
      ...LOG_SETTINGS,
    ],
    {
      ...identity,
      // Its own process group, so that Ctrl-C in the terminal does not reach PostgreSQL
      // directly: we stop it ourselves, after the processes that use it.
      detached: true,
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  if (child.pid === undefined) throw new Error(`Could not run ${postgresPath}`);
  const pid = child.pid;

  let startupOutput = "";
  let started = false;
  let exitCode: number | null | undefined;
  const print = createServerLogFilter((line) => console.error(`[postgres] ${line}`));
  child.stderr.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (started) print(text);
    else startupOutput += text;
  });
  child.on("exit", (code) => (exitCode = code));

  const ready = waitForReadyLock(dataDir, pid, () => {
    if (exitCode === undefined) return;
    throw new Error(`PostgreSQL exited during start-up (exit code ${exitCode}):\n${startupOutput.trim()}`);
  }).then(() => {
    started = true;
    print(startupOutput);
  });
  return { pid, ready };
}

// PostgreSQL marks its lock file "ready" once it accepts connections; this is what pg_ctl waits for.
// `check` may throw to give up early (the server exited).
export async function waitForReadyLock(dataDir: string, pid: number, check: () => void = () => {}): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    check();
    const lock = readLockState(dataDir);
    if (lock.kind === "running" && lock.pid === pid && lock.status === "ready") return;
    await sleep(50);
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not become ready within ${READY_TIMEOUT_MS / 1000} s.`);
}

// SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions and writes a checkpoint, so
// the next start needs no crash recovery. SIGQUIT (immediate) only if that hangs.
export async function stopServer(pid: number, dataDir: string): Promise<void> {
  if (!signal(pid, "SIGINT")) return;
  if (await waitForExit(pid, dataDir, STOP_TIMEOUT_MS)) return;
  console.error(`PostgreSQL (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; forcing it.`);
  signal(pid, "SIGQUIT");
  await waitForExit(pid, dataDir, STOP_TIMEOUT_MS);
}

async function waitForExit(pid: number, dataDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // The lock file goes away at the end of a clean shutdown, even while an exited server
    // is still a zombie waiting to be reaped.
    if (!isAlive(pid) || !fs.existsSync(lockFilePath(dataDir))) return true;
    await sleep(50);
  }
  return false;
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
