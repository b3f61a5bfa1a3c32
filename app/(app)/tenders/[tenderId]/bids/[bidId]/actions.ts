"use server";
import { revalidatePath } from "next/cache";
import { bidInternalCostsSchema, resetBidInternalCostsSchema } from "@/lib/schemas/internal-costs";
import { sovereigntyReviewSchema } from "@/lib/schemas/sovereignty-review";
import { defineAction } from "@/lib/server/action";
import { saveBidInternalCosts } from "@/lib/server/bids/internal-costs";
import { reviewSovereigntyClaim } from "@/lib/server/bids/sovereignty-review";

function refresh({ input }: { input: { tenderId: string; bidId: string } }) {
  revalidatePath(`/tenders/${input.tenderId}/bids/${input.bidId}`, "layout");
}

/** An evaluator confirms or lowers one claimed SEAL level, with a justification. */
export const reviewSovereigntyAction = defineAction(
  { schema: sovereigntyReviewSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { version, event } = await reviewSovereigntyClaim(tx, viewer, input);
    audit(event);
    return { version };
  },
);

/** Procurement staff give an opened bid internal cost lines of its own. */
export const saveBidInternalCostsAction = defineAction(
  { schema: bidInternalCostsSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { version, event } = await saveBidInternalCosts(tx, viewer, input);
    audit(event);
    return { version };
  },
);

/** …or take them away, so the tender's apply again. */
export const resetBidInternalCostsAction = defineAction(
  { schema: resetBidInternalCostsSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { version, event } = await saveBidInternalCosts(tx, viewer, { ...input, lines: null });
    audit(event);
    return { version };
  },
);
