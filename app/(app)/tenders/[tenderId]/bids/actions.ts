"use server";
import { revalidatePath } from "next/cache";
import type { ImportProblem } from "@/lib/domain/bids/import/import-result";
import { parseSbom } from "@/lib/domain/bids/sbom/parse-sbom";
import { AppError } from "@/lib/errors";
import { addEvidenceSchema } from "@/lib/schemas/bid-evidence";
import { registerBidSchema } from "@/lib/schemas/bid-entry";
import { addSbomSchema, importBidsSchema, withdrawBidSchema } from "@/lib/schemas/bid-reception";
import { defineAction } from "@/lib/server/action";
import { addBidEvidence } from "@/lib/server/bids/add-bid-evidence";
import { addSbomComponents } from "@/lib/server/bids/add-sbom-components";
import { checkFormEvidence, readUploadedFiles, storeFormEvidence } from "@/lib/server/bids/form-evidence";
import { importBids, type ImportSameBidder } from "@/lib/server/bids/import-bids";
import { registerBids, SameBidderWarning } from "@/lib/server/bids/register-bids";
import { auditRefusedRegistration } from "@/lib/server/bids/same-bidder-bids";
import { withdrawBid } from "@/lib/server/bids/withdraw-bid";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}/bids`);

/**
 * "Register a bid": one bid typed from the bidder's documents, sealed at once, with the evidence
 * files chosen in the form (stored with it, in the same transaction).
 */
export const registerBidAction = defineAction(
  { schema: registerBidSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const evidence = await checkFormEvidence(input.evidence);
    const { registered, events } = await registerBids(tx, viewer, {
      tenderId: input.tenderId,
      source: "FORM",
      bids: [{ receivedAt: input.receivedAt, content: input.content }],
      confirmSameBidder: input.confirmSameBidder,
    }).catch(async (error: unknown) => {
      // The warning named sealed bids: it stays in the trail although the registration rolls back.
      if (error instanceof SameBidderWarning) await auditRefusedRegistration(viewer, error.event);
      throw error;
    });
    events.forEach(audit);
    const bid = registered[0]!;
    (await storeFormEvidence(tx, { tenderId: input.tenderId, bid }, evidence)).forEach(audit);
    return { receiptNumber: bid.receiptNumber, lotKey: bid.lotKey };
  },
);

type ImportAnswer =
  | { ok: true; receiptNumbers: number[] }
  | { ok: false; problems: ImportProblem[]; problemCount: number }
  | { ok: false; sameBidders: ImportSameBidder[] };

/**
 * "Import bids": a CSV or JSON file, all or nothing. A refused file is an answer, not a failure:
 * its problems (by row and field) come back as data, and nothing is stored. The wrapper's check
 * that an action records an audit event is off for that reason only; a stored import records one
 * `bid.registered` event per bid (registerBids), in the same transaction. A bidder of the file
 * that already has a bid on the lot is an answer too (`sameBidders`), until the person confirms;
 * that answer names sealed bids, so it records its own event.
 */
export const importBidsAction = defineAction(
  { schema: importBidsSchema, permission: "bid.register", audited: false, after: refresh },
  async ({ viewer, input, tx, audit }): Promise<ImportAnswer> => {
    const outcome = await importBids(tx, viewer, input);
    if ("sameBidders" in outcome) {
      audit(outcome.event);
      return { ok: false as const, sameBidders: outcome.sameBidders };
    }
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

/**
 * "Add evidence to bid N": files posted as form data, joined to the sealed bid, write-only. The
 * page checks them in the browser first and lists every problem; here they are checked again.
 */
export const addEvidenceAction = defineAction(
  { schema: addEvidenceSchema, permission: "bid.register", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { receiptNumber, added, event } = await addBidEvidence(tx, viewer, {
      tenderId: input.tenderId,
      bidId: input.bidId,
      objective: input.objective,
      files: await readUploadedFiles(input.files),
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
