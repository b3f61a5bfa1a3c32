import type { PanelMemberState, PanelState } from "./panel-model";

/**
 * The declaration of absence of conflict of interest and of confidentiality (Directive 2014/24/EU
 * Art. 24; reference.md §3.5): signed before a member sees any bid, then confirmed again against
 * the bidders' names once those are shown to the member: right after signing, or, in blind mode,
 * when the consensus is complete. A member who declares a conflict with a bidder stops evaluating
 * that bid's lot (or the whole tender when it has no lots).
 */
export type DeclarationStage =
  /** Nothing signed: no bid may be shown. */
  | "TO_SIGN"
  /** Signed; the bidders' names are shown and must be confirmed (or a conflict declared). */
  | "TO_CONFIRM_NAMES"
  /** Signed, and confirmed against the names where they are shown. */
  | "COMPLETE"
  /** Removed from the tender after a declared conflict. */
  | "REMOVED";

/**
 * Whether the bidders' names are shown to the panel: only once the bids are opened (before, they
 * are sealed), and in blind mode only once the consensus is complete.
 */
export function namesShownToPanel(panel: Pick<PanelState, "blindMode" | "consensusCompletedAt">, bidsOpened: boolean) {
  return bidsOpened && (!panel.blindMode || panel.consensusCompletedAt !== null);
}

export function declarationStage(
  member: Pick<PanelMemberState, "declarationSignedAt" | "declarationConfirmedWithNamesAt" | "removedAt">,
  namesShown: boolean,
): DeclarationStage {
  if (member.removedAt !== null) return "REMOVED";
  if (member.declarationSignedAt === null) return "TO_SIGN";
  if (namesShown && member.declarationConfirmedWithNamesAt === null) return "TO_CONFIRM_NAMES";
  return "COMPLETE";
}

/**
 * What declaring a conflict with a bidder does to the member: a chair steps down from the whole
 * panel (they moderate every lot); an evaluator leaves the bid's lot, or the whole tender when it
 * has no lots (or the bid names none).
 */
export type ConflictEffect = { kind: "REMOVED" } | { kind: "LOT_EXCLUDED"; lotKey: string };

export function conflictEffect(member: Pick<PanelMemberState, "role">, bidLotKey: string | null): ConflictEffect {
  if (member.role === "CHAIR" || bidLotKey === null) return { kind: "REMOVED" };
  return { kind: "LOT_EXCLUDED", lotKey: bidLotKey };
}

export const MAX_CONFLICT_NOTE_LENGTH = 2_000;
