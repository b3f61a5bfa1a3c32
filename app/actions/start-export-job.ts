"use server";
import { after as afterResponse } from "next/server";
import { startExportJobSchema } from "@/lib/schemas/export-jobs";
import { defineAction } from "@/lib/server/action";
import { getDb } from "@/lib/server/db";
import { createExportJob } from "@/lib/server/exports/jobs/create-export-job";
import { runExportJob } from "@/lib/server/exports/jobs/run-export-job";
import { publicBaseUrl } from "@/lib/server/public-url";

/**
 * "Prepare the ZIP": asks for a long export (docs/exports.md), then prepares it in the background
 * of this server process once the response is sent; the form goes on to the job's progress page.
 */
export const startExportJobAction = defineAction<typeof startExportJobSchema, { jobId: string }>(
  {
    schema: startExportJobSchema,
    permission: null,
    after: ({ result }) => afterResponse(() => runExportJob(getDb(), result.jobId)),
  },
  async ({ viewer, input, tx, audit }) => {
    const { jobId, event } = await createExportJob(tx, viewer, { ...input, origin: await publicBaseUrl() }, new Date());
    audit(event);
    return { jobId };
  },
);
