import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fromRoot } from "../project-root";

export interface RunningCommand {
  child: ChildProcess;
  // Resolves with the exit code (128 + signal number style codes become 1).
  exited: Promise<number>;
}

// The JavaScript file behind an installed package's command, run with this very Node:
// node_modules/.bin holds shell shims on Windows, which spawn() cannot run.
export function packageBin(packageName: string, binName: string = packageName): string {
  const packageDir = fromRoot("node_modules", packageName);
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[binName];
  if (!bin) throw new Error(`${packageName} has no "${binName}" command.`);
  return path.join(packageDir, bin);
}

export function startNodeCommand(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): RunningCommand {
  const child = spawn(process.execPath, [script, ...args], { cwd: fromRoot(), env, stdio: "inherit" });
  const exited = new Promise<number>((resolve) => {
    child.on("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
  return { child, exited };
}

// SIGTERM first (Next.js and the test runners shut down cleanly on it); SIGKILL if ignored.
export async function stopCommand(command: RunningCommand, timeoutMs = 10_000): Promise<void> {
  if (command.child.exitCode !== null || command.child.signalCode !== null) return;
  command.child.kill("SIGTERM");
  const timer = setTimeout(() => command.child.kill("SIGKILL"), timeoutMs);
  await command.exited;
  clearTimeout(timer);
}
