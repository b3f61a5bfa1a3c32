import fs from "node:fs";
import path from "node:path";
import { fromRoot } from "../project-root";

// What `next build` reads. Comparing modification times is crude but takes milliseconds.
const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "prisma",
  "public",
  "next.config.ts",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

export function isBuildStale(): boolean {
  let builtAt: number;
  try {
    builtAt = fs.statSync(fromRoot(".next", "BUILD_ID")).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newerThan(fromRoot(source), builtAt));
}

function newerThan(target: string, time: number): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return false;
  }
  if (stat.mtimeMs > time) return true;
  if (!stat.isDirectory()) return false;
  return fs.readdirSync(target).some((entry) => newerThan(path.join(target, entry), time));
}
