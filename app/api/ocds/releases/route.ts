import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { ocdsReleasesQuerySchema } from "@/lib/schemas/ocds";
import { getDb } from "@/lib/server/db";
import { readOcdsReleasesPage } from "@/lib/server/ocds/ocds-releases";
import { ocdsSettings } from "@/lib/server/ocds/ocds-settings";
import { requestBaseUrl } from "@/lib/server/public-url";
import { defineRoute, errorResponse } from "@/lib/server/route";

/**
 * `GET /api/ocds/releases?page=1&pageSize=50&since=2026-05-01`: the published tenders and their
 * awards as an OCDS 1.1 release package (docs/ocds.md), for anyone, signed in or not. Published
 * data only: no draft, no sealed bid. A page past the last, or nothing published (since that
 * date), is a 404 with a message saying so; a wrong parameter a 400.
 */
export const GET = defineRoute({ query: ocdsReleasesQuerySchema, access: "public" }, async ({ request, query }) => {
  const env = getEnv();
  const baseUrl = requestBaseUrl(request);
  const page = await readOcdsReleasesPage(getDb(), query, { settings: ocdsSettings(env), baseUrl });
  if (page.kind === "EMPTY") {
    const nothing = query.since
      ? `No published tender has changed since ${query.since.toISOString()}.`
      : "No tender has been published yet.";
    return errorResponse(
      "NOT_FOUND",
      page.processCount === 0 ? nothing : `There is no page ${query.page}: the last page is ${page.pageCount}.`,
    );
  }
  return NextResponse.json(page.releasePackage, {
    headers: {
      // Open data: any web page may read it, and a short cache spares the database.
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=300",
      "X-Total-Count": String(page.processCount),
    },
  });
});
