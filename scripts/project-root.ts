import path from "node:path";
import { fileURLToPath } from "node:url";

// Scripts may be run from any directory; every path they use is relative to the project.
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function fromRoot(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
