import { z } from "zod";
import { tenderExportJsonSchema } from "@/lib/schemas/tender-export";
import { requestBaseUrl } from "@/lib/server/public-url";
import { defineRoute } from "@/lib/server/route";

/**
 * `GET /schemas/tender-export.v1.json`: the JSON Schema of the tender export (docs/exports.md),
 * public and stable: a new version of the format gets a new address.
 */
export const GET = defineRoute({ query: z.object({}), access: "public" }, ({ request }) =>
  Response.json(tenderExportJsonSchema(requestBaseUrl(request)), {
    headers: { "Content-Type": "application/schema+json", "Cache-Control": "public, max-age=3600" },
  }),
);
