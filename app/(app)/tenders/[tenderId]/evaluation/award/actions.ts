"use server";
import { revalidatePath } from "next/cache";
import { awardDecisionSchema } from "@/lib/schemas/award";
import { defineAction } from "@/lib/server/action";
import { recordAward } from "@/lib/server/evaluation/record-award";

/** The procurement lead records the award decision of one lot (or of the tender without lots). */
export const recordAwardAction = defineAction(
  {
    schema: awardDecisionSchema,
    permission: "bid.register",
    after: ({ input }) => revalidatePath(`/tenders/${input.tenderId}`, "layout"),
  },
  async ({ viewer, input, tx, audit }) => {
    const { events, ...recorded } = await recordAward(tx, viewer, input);
    events.forEach(audit);
    return recorded;
  },
);
