import { z } from "zod";
import { getViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { checkFormat, downloadResponse, refusalResponse } from "@/lib/server/exports/export-file";
import { exportTemplateDocument } from "@/lib/server/exports/export-template-document";
import { defineRoute } from "@/lib/server/route";
import { requestBaseUrl } from "@/lib/server/public-url";

const templateDocumentQuery = z.object({
  format: z.string().max(20),
  /** A version's number; the latest published one when left out. */
  version: z.coerce.number().int().min(1).max(100_000).optional(),
});

/**
 * `GET /api/exports/template/{slug}?format=odt|docx|pdf|md|json&version=N`: a template version as
 * a document laid out like the tender documents, with placeholders and the publisher's guidance
 * (docs/exports.md). Public for published versions, as the catalogue is; the draft only for the
 * OSPO and administrators of its organisation, as the builder; anything else is 404.
 */
export const GET = defineRoute(
  { query: templateDocumentQuery, params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) }), access: "public" }, // prettier-ignore
  async ({ request, query, params }) => {
    try {
      const format = checkFormat(query.format);
      const file = await exportTemplateDocument(
        getDb(),
        { slug: params.slug, version: query.version, format },
        { viewer: getViewer, baseUrl: requestBaseUrl(request), now: new Date() },
      );
      return downloadResponse(file);
    } catch (error) {
      return refusalResponse(error);
    }
  },
);
