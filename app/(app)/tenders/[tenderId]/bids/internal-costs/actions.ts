"use server";
import { revalidatePath } from "next/cache";
import { tenderInternalCostsSchema } from "@/lib/schemas/internal-costs";
import { defineAction } from "@/lib/server/action";
import { saveTenderInternalCosts } from "@/lib/server/bids/internal-costs";

/** The tender's internal costs apply to every bid page that has none of its own. */
function refresh({ input }: { input: { tenderId: string } }) {
  revalidatePath(`/tenders/${input.tenderId}/bids`, "layout");
}

export const saveTenderInternalCostsAction = defineAction(
  { schema: tenderInternalCostsSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { fingerprint, event } = await saveTenderInternalCosts(tx, viewer, input);
    audit(event);
    return { fingerprint };
  },
);
