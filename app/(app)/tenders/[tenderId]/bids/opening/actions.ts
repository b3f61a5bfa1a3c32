"use server";
import { revalidatePath } from "next/cache";
import { openingRequestSchema, requestOpeningSchema } from "@/lib/schemas/bid-opening";
import { defineAction } from "@/lib/server/action";
import { confirmOpening, requestOpening, withdrawOpeningRequest } from "@/lib/server/bids/bid-opening";

/** The opening changes what every bid page of the tender may show. */
function refresh({ input }: { input: { tenderId: string } }) {
  revalidatePath(`/tenders/${input.tenderId}/bids`, "layout");
  revalidatePath("/evaluations");
}

export const requestOpeningAction = defineAction(
  { schema: requestOpeningSchema, permission: "bid.open", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await requestOpening(tx, viewer, input.tenderId));
    return null;
  },
);

export const withdrawOpeningRequestAction = defineAction(
  { schema: openingRequestSchema, permission: "bid.open", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await withdrawOpeningRequest(tx, viewer, input));
    return null;
  },
);

export const confirmOpeningAction = defineAction(
  { schema: openingRequestSchema, permission: "bid.open", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await confirmOpening(tx, viewer, input));
    return null;
  },
);
