import { z } from "zod";
import { idField } from "@/lib/schemas/fields";
import { getDb } from "@/lib/server/db";
import { checkFormat, downloadResponse, refusalResponse } from "@/lib/server/exports/export-file";
import { exportTender } from "@/lib/server/exports/export-tender";
import { requestBaseUrl } from "@/lib/server/public-url";
import { defineRoute } from "@/lib/server/route";

/**
 * `GET /api/exports/tender/{tenderId}?format=odt|docx|pdf|md|json`: the tender documents as a
 * download (docs/exports.md), for whoever may open the tender (404 for anyone else), in the
 * tender's documents language. 400 for an unknown format or one not available yet.
 */
export const GET = defineRoute(
  { query: z.object({ format: z.string().max(20) }), params: z.object({ tenderId: idField }), access: { permission: null } }, // prettier-ignore
  async ({ request, query, params, viewer }) => {
    try {
      const format = checkFormat(query.format);
      const file = await exportTender(getDb(), viewer, params.tenderId, format, { origin: requestBaseUrl(request), now: new Date() }); // prettier-ignore
      return downloadResponse(file);
    } catch (error) {
      return refusalResponse(error);
    }
  },
);
