import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/scripts/testing/test-database";
import { createPrismaClient } from "@/lib/server/db";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { checkHealth } from "./check-health";

describe("health check", () => {
  it("reports a reachable database", async () => {
    const db = connectTestDatabase();
    await expect(checkHealth(db)).resolves.toMatchObject({ status: "ok", database: "reachable" });
    await db.$disconnect();
  });

  it("reports an unreachable database, and the error is recognised as an outage", async () => {
    // Port 9 (discard) on the loopback: nothing listens there, so the connection is refused.
    const db = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:9/none");
    await expect(checkHealth(db, 5_000)).resolves.toMatchObject({ status: "unavailable", database: "unreachable" });
    const error = await db.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await db.$disconnect();
  });
});
