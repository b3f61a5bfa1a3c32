import { z } from "zod";
import { idField } from "@/lib/schemas/fields";
import { getDb } from "@/lib/server/db";
import { checkFormat, downloadResponse, refusalResponse } from "@/lib/server/exports/export-file";
import { exportAwardReport } from "@/lib/server/exports/export-award-report";
import { defineRoute } from "@/lib/server/route";

/**
 * `GET /api/exports/award-report/{tenderId}?format=odt|docx|pdf|md|json`: the award
 * recommendation report as a download (JSON: the evaluation file), for the procurement lead and
 * the chair once the evaluation is complete; 404 for anyone else, 409 before. Every export is
 * recorded in the audit trail.
 */
export const GET = defineRoute(
  { query: z.object({ format: z.string().max(20) }), params: z.object({ tenderId: idField }), access: { permission: null } }, // prettier-ignore
  async ({ query, params, viewer }) => {
    try {
      const format = checkFormat(query.format);
      return downloadResponse(await exportAwardReport(getDb(), viewer, params.tenderId, format, { now: new Date() }));
    } catch (error) {
      return refusalResponse(error);
    }
  },
);
