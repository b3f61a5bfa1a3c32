import { NextResponse } from "next/server";
import { z } from "zod";
import { TEMPLATE_SCHEMA_PATH, templateFileJsonSchema } from "@/lib/schemas/template-exchange";
import { defineRoute } from "@/lib/server/route";
import { requestBaseUrl } from "@/lib/server/public-url";

/**
 * `GET /schemas/template-exchange.v1.json`: the JSON Schema of the template exchange file,
 * version 1, generated from the zod schema the importer itself uses, so the two cannot drift.
 * Public and stable: other instances and tools validate files against it.
 */
export const GET = defineRoute({ query: z.object({}), access: "public" }, ({ request }) => {
  const schema = templateFileJsonSchema(`${requestBaseUrl(request)}${TEMPLATE_SCHEMA_PATH}`);
  return new NextResponse(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/schema+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
});
