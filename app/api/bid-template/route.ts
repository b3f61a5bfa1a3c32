import { NextResponse } from "next/server";
import { z } from "zod";
import { csvTemplate } from "@/lib/domain/bids/import/csv-format";
import { bidsFileSkeleton } from "@/lib/domain/bids/import/templates";
import {
  DEFAULT_DISCOUNT_RATE_PERCENT,
  DEFAULT_TCO_HORIZON_YEARS,
  readAwardCriteria,
} from "@/lib/domain/tender/award-settings";
import { idField } from "@/lib/schemas/fields";
import { bidRegistrationContext } from "@/lib/server/bids/bid-reception-tender";
import { getDb } from "@/lib/server/db";
import { defineRoute } from "@/lib/server/route";
import { getTender } from "@/lib/server/tenders/get-tender";

const templateQuerySchema = z.object({ tenderId: idField, format: z.enum(["csv", "json"]) });

/**
 * `GET /api/bid-template?tenderId=…&format=csv|json`: a blank bids file for one tender, to fill
 * in and import. Open to those who may register bids, for their organisation's tenders only, like
 * the import page. It holds nothing but the tender's own settings.
 */
export const GET = defineRoute(
  { query: templateQuerySchema, access: { permission: "bid.register" } },
  async ({ query, viewer }) => {
    const db = getDb();
    const tender = await getTender(db, viewer, query.tenderId);
    const fileName = `${tender.reference || "tender"}-bids`.replace(/[^A-Za-z0-9._-]/g, "_");
    if (query.format === "csv") {
      return new NextResponse(csvTemplate(), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${fileName}.csv"`,
        },
      });
    }
    const context = await bidRegistrationContext(db, tender);
    const award = readAwardCriteria(tender.award, tender.durationMonths);
    const skeleton = bidsFileSkeleton({
      reference: tender.reference,
      currency: tender.currency,
      discountRatePercent: award?.discountRatePercent ?? DEFAULT_DISCOUNT_RATE_PERCENT,
      tcoHorizonYears: context.tcoHorizonYears ?? award?.tcoHorizonYears ?? DEFAULT_TCO_HORIZON_YEARS,
      lotKeys: context.lotKeys,
      requiredStandardIds: context.requiredStandardIds,
    });
    return new NextResponse(`${JSON.stringify(skeleton, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}.json"`,
      },
    });
  },
);
