"use server";
import { revalidatePath } from "next/cache";
import { parseSbom } from "@/lib/domain/bids/sbom/parse-sbom";
import { AppError } from "@/lib/errors";
import { registerBidSchema } from "@/lib/schemas/bid-entry";
import { addSbomSchema, importBidsSchema, withdrawBidSchema } from "@/lib/schemas/bid-reception";
import { defineAction } from "@/lib/server/action";
import { addSbomComponents } from "@/lib/server/bids/add-sbom-components";
import { importBids } from "@/lib/server/bids/import-bids";
import { registerBids } from "@/lib/server/bids/register-bids";
import { withdrawBid } from "@/lib/server/bids/withdraw-bid";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}/bids`);

/** "Register a bid": one bid typed from the bidder's documents, sealed at once. */
export const registerBidAction = defineAction(
  { schema: registerBidSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { registered, events } = await registerBids(tx, viewer, {
      tenderId: input.tenderId,
      source: "FORM",
      bids: [{ receivedAt: input.receivedAt, content: input.content }],
    });
    events.forEach(audit);
    return { receiptNumber: registered[0]!.receiptNumber, lotKey: registered[0]!.lotKey };
  },
);

/**
 * "Import bids": a CSV or JSON file, all or nothing. A refused file is an answer, not a failure:
 * its problems (by row and field) come back as data, and nothing is stored. The wrapper's check
 * that an action records an audit event is off for that reason only; a stored import records one
 * `bid.registered` event per bid (registerBids), in the same transaction.
 */
export const importBidsAction = defineAction(
  { schema: importBidsSchema, permission: "bid.register", audited: false, after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const outcome = await importBids(tx, viewer, input);
    if (!outcome.ok) return { ok: false as const, problems: outcome.problems, problemCount: outcome.problemCount };
    outcome.events.forEach(audit);
    return { ok: true as const, receiptNumbers: outcome.registered.map((bid) => bid.receiptNumber) };
  },
);

/**
 * "Add a software bill of materials": appended to the sealed bid, write-only. The page reads the
 * file in the browser first and lists every problem; here the first one refuses a forged post.
 */
export const addSbomAction = defineAction(
  { schema: addSbomSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const sbom = parseSbom(input.content, input.relation);
    if (!sbom.ok) throw new AppError("VALIDATION", sbom.problems[0]!.message, "content");
    const { receiptNumber, added, event } = await addSbomComponents(tx, viewer, {
      tenderId: input.tenderId,
      bidId: input.bidId,
      components: sbom.components,
    });
    audit(event);
    return { receiptNumber, added };
  },
);

/** "Withdraw bid N": kept, marked withdrawn with the reason, never opened for assessment. */
export const withdrawBidAction = defineAction(
  { schema: withdrawBidSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { receiptNumber, event } = await withdrawBid(tx, viewer, input);
    audit(event);
    return { receiptNumber };
  },
);
