"use server";
import { headers } from "next/headers";
import { after as afterResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { startExportJobSchema } from "@/lib/schemas/export-jobs";
import { defineAction } from "@/lib/server/action";
import { getDb } from "@/lib/server/db";
import { createExportJob } from "@/lib/server/exports/jobs/create-export-job";
import { runExportJob } from "@/lib/server/exports/jobs/run-export-job";

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
    const { jobId, event } = await createExportJob(tx, viewer, { ...input, origin: await requestOrigin() }, new Date());
    audit(event);
    return { jobId };
  },
);

/** The app's public address (NEXTAUTH_URL), else the one the request came to: for the JSON Schema's address. */
async function requestOrigin(): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  return `${list.get("x-forwarded-proto") ?? "http"}://${host}`;
}
