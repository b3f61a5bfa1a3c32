import { NextResponse } from "next/server";
import { z } from "zod";
import { TEMPLATE_SCHEMA_PATH } from "@/lib/schemas/template-exchange";
import { getDb } from "@/lib/server/db";
import { defineRoute } from "@/lib/server/route";
import { requestBaseUrl } from "@/lib/server/public-url";
import { exportTemplateVersion } from "@/lib/server/templates/export-template";

const exportQuerySchema = z.object({
  slug: z.string().trim().min(1).max(120),
  /** A published version's number; the latest published one when left out. */
  version: z.coerce.number().int().min(1).max(100_000).optional(),
});

/**
 * `GET /api/template-export?slug=…&version=N`: one published version of a template as an
 * exchange file (docs/templates.md), to download and import elsewhere. Public, as the catalogue
 * is; drafts are never exported (not found).
 */
export const GET = defineRoute({ query: exportQuerySchema, access: "public" }, async ({ request, query }) => {
  const baseUrl = requestBaseUrl(request);
  const { file, fileName } = await exportTemplateVersion(getDb(), query, baseUrl);
  return new NextResponse(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      Link: `<${baseUrl}${TEMPLATE_SCHEMA_PATH}>; rel="describedby"`,
    },
  });
});
