import "server-only";
import { forbidden } from "next/navigation";
import { requireBidTender } from "@/lib/server/bids/require-bid-tender";
import { getDb } from "@/lib/server/db";
import { loadEvaluationContext, type EvaluationContext } from "./evaluation-context";

/**
 * For the evaluation pages: the context, or the 404 page for a tender the viewer cannot reach,
 * or the 403 page for someone who has no part in this evaluation:
 * - "overview": the procurement lead (`panel.manage`) and the panel's members;
 * - "manage": the procurement lead;
 * - "member": a member of the tender's panel (what they may do there, the page and the actions say).
 */
export async function requireEvaluation(
  tenderId: string,
  access: "overview" | "manage" | "member",
): Promise<EvaluationContext> {
  const { viewer, tender } = await requireBidTender(tenderId);
  const context = await loadEvaluationContext(getDb(), viewer, tender.id);
  const allowed =
    access === "manage"
      ? context.managesPanel
      : access === "member"
        ? context.me !== null
        : context.managesPanel || context.me !== null;
  if (!allowed) forbidden();
  return context;
}
