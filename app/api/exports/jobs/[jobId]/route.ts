import { z } from "zod";
import { idField } from "@/lib/schemas/fields";
import { getDb } from "@/lib/server/db";
import { downloadResponse, refusalResponse } from "@/lib/server/exports/export-file";
import { readExportJobFile } from "@/lib/server/exports/jobs/read-export-job";
import { defineRoute } from "@/lib/server/route";

/**
 * `GET /api/exports/jobs/{jobId}`: the file of a finished long export (docs/exports.md), for the
 * person who asked for it only, while they may still read what it holds (the same check as the
 * page it was asked from) and before it expires; 404 for anyone else, 409 while it is being
 * prepared or when it failed.
 */
export const GET = defineRoute(
  { query: z.object({}), params: z.object({ jobId: idField }), access: { permission: null } },
  async ({ params, viewer }) => {
    try {
      return downloadResponse(await readExportJobFile(getDb(), viewer, params.jobId, new Date()));
    } catch (error) {
      return refusalResponse(error);
    }
  },
);
