import "server-only";
import { MAX_RUNNING_EXPORT_JOBS_PER_PROCESS } from "@/lib/domain/exports/export-job";

/**
 * At most MAX_RUNNING_EXPORT_JOBS_PER_PROCESS jobs write files at once in this server process:
 * writing is CPU work, and the pages must stay quick while exports run. A job waiting for a slot
 * stays QUEUED; a slot freed goes to the job that waited longest.
 */
let running = 0;
const waiting: (() => void)[] = [];

export async function withExportSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running < MAX_RUNNING_EXPORT_JOBS_PER_PROCESS) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    // The slot passes straight to the next job waiting, if any, so `running` stays the same.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
