import "server-only";
import type { Db } from "@/lib/server/db";

export type Health = { status: "ok" | "unavailable"; database: "reachable" | "unreachable"; checkedAt: string };

/** Asks the database a trivial question, with a deadline, so a hung server reads as down. */
export async function checkHealth(db: Db, timeoutMs = 3_000): Promise<Health> {
  const checkedAt = new Date().toISOString();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("health check timed out")), timeoutMs).unref()),
    ]);
    return { status: "ok", database: "reachable", checkedAt };
  } catch {
    return { status: "unavailable", database: "unreachable", checkedAt };
  }
}
