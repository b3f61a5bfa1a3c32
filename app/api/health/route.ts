import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { checkHealth } from "@/lib/server/health/check-health";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ query: z.object({}), access: "public" }, async () => {
  const health = await checkHealth(getDb());
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
});
