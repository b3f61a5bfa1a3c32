import { z } from "zod";
import { idField } from "@/lib/schemas/fields";
import { getDb } from "@/lib/server/db";
import { requestBaseUrl } from "@/lib/server/public-url";
import { checkFormat, downloadResponse, refusalResponse } from "@/lib/server/exports/export-file";
import { exportPublishedTender } from "@/lib/server/exports/export-published-tender";
import { defineRoute } from "@/lib/server/route";

/**
 * `GET /api/ocds/documents/{tenderId}?format=odt|docx|pdf|md|json`: a published tender's documents,
 * for anyone, signed in or not: the addresses OCDS lists in tender.documents (docs/ocds.md). A
 * tender that is not published (a draft, in review, approved) is 404, as an unknown one is.
 */
export const GET = defineRoute(
  { query: z.object({ format: z.string().max(20) }), params: z.object({ tenderId: idField }), access: "public" },
  async ({ request, query, params }) => {
    try {
      const format = checkFormat(query.format);
      const file = await exportPublishedTender(getDb(), params.tenderId, format, { origin: requestBaseUrl(request), now: new Date() }); // prettier-ignore
      return downloadResponse(file);
    } catch (error) {
      return refusalResponse(error);
    }
  },
);
