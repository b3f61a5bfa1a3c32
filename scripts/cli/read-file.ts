import fs from "node:fs";

export type FileBytes =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: "folder" }
  | { ok: false; problem: "tooLarge"; size: number }
  | { ok: false; problem: "unreadable"; reason: string };

/**
 * A file's bytes for a command, or why it cannot have them: a missing or unreadable file, a
 * folder, or a file above `maxBytes` (checked before reading, so a huge file is never loaded).
 * Each command words the problem for what it expects.
 */
export function readFileBytes(path: string, maxBytes: number): FileBytes {
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) return { ok: false, problem: "folder" };
    if (stat.size > maxBytes) return { ok: false, problem: "tooLarge", size: stat.size };
    return { ok: true, bytes: fs.readFileSync(path) };
  } catch (error) {
    return { ok: false, problem: "unreadable", reason: fileError(error) };
  }
}

function fileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file.";
  if (code === "EACCES" || code === "EPERM") return "permission denied.";
  return error instanceof Error ? error.message : String(error);
}
