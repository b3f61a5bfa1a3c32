"use server";
import { revalidatePath } from "next/cache";
import { restoreRevisionSchema } from "@/lib/schemas/tender-history";
import { defineAction } from "@/lib/server/action";
import { restoreTenderRevision } from "@/lib/server/tenders/restore-tender-revision";

/**
 * Brings back an older revision's content on a draft. Only drafters and administrators of the
 * tender's organisation (tender.draft); the tender must still be at the version the page showed.
 */
export const restoreRevisionAction = defineAction(
  {
    schema: restoreRevisionSchema,
    permission: "tender.draft",
    after: ({ input }) => {
      revalidatePath(`/tenders/${input.tenderId}`, "layout");
      revalidatePath("/tenders");
    },
  },
  async ({ viewer, input, tx, audit }) => {
    const { after, event } = await restoreTenderRevision(tx, viewer, input);
    audit(event);
    return { version: after.version };
  },
);
