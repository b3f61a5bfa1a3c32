"use server";
import { revalidatePath } from "next/cache";
import { awardDecisionSchema } from "@/lib/schemas/award";
import { defineAction } from "@/lib/server/action";
import { recordAward } from "@/lib/server/evaluation/record-award";

/** Every page of the tender shows its status; the evaluation's pages its decisions. */
function refresh({ input }: { input: { tenderId: string } }) {
  revalidatePath(`/tenders/${input.tenderId}`, "layout");
  revalidatePath("/tenders");
}

/** The procurement lead records the award decision of one lot (or of the tender without lots). */
export const recordAwardAction = defineAction(
  { schema: awardDecisionSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { events, ...recorded } = await recordAward(tx, viewer, input);
    events.forEach((event) => audit(event));
    return recorded;
  },
);
