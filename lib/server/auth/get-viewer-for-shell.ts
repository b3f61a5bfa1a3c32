import "server-only";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { getViewer, type Viewer } from "./viewer";

/**
 * For the header only: when the database is down the shell still renders (signed-out), and the
 * page itself shows the outage. Never use this for an access decision.
 */
export async function getViewerForShell(): Promise<Viewer | null> {
  try {
    return await getViewer();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}
