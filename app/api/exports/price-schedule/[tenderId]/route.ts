import { z } from "zod";
import { idField } from "@/lib/schemas/fields";
import { getDb } from "@/lib/server/db";
import { checkSpreadsheetFormat, downloadResponse, refusalResponse } from "@/lib/server/exports/export-file";
import { exportPriceSchedule } from "@/lib/server/exports/export-price-schedule";
import { defineRoute } from "@/lib/server/route";

/**
 * `GET /api/exports/price-schedule/{tenderId}?format=ods|xlsx`: the price schedule annex for
 * bidders (docs/exports.md), for whoever may open the tender (404 for anyone else), in the
 * tender's documents language. 400 for an unknown format.
 */
export const GET = defineRoute(
  { query: z.object({ format: z.string().max(20) }), params: z.object({ tenderId: idField }), access: { permission: null } }, // prettier-ignore
  async ({ query, params, viewer }) => {
    try {
      const format = checkSpreadsheetFormat(query.format);
      return downloadResponse(await exportPriceSchedule(getDb(), viewer, params.tenderId, format, { now: new Date() }));
    } catch (error) {
      return refusalResponse(error);
    }
  },
);
