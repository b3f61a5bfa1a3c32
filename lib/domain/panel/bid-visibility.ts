import { declarationStage, namesShownToPanel } from "./declaration";
import type { PanelMemberState, PanelState } from "./panel-model";

/**
 * Who may read a tender's opened bids, and how much of them, once the question of the panel
 * arises (lib/server/bids/bid-access.ts applies this to every read):
 *
 * - the procurement staff who run the procedure (`bid.register`: drafters, administrators) read
 *   every opened bid, panel or not, unless they sit on the panel themselves;
 * - anyone else who may read bids (an evaluator) reads a tender's bids only as a member of its
 *   panel: not before the panel exists (nobody has signed a declaration for this tender yet,
 *   Art. 24 of Directive 2014/24/EU), and not when the panel is set up without them;
 * - a member reads nothing until their declaration is complete (signed, and confirmed against the
 *   names once they are shown), nothing of a lot they declared a conflict on, and nothing at all
 *   once removed; being on the panel outweighs any other role the person holds;
 * - prices and costs are withheld from an evaluator until they submit their scores, and from the
 *   chair until the consensus is complete, when the panel hides prices;
 * - in blind mode the whole panel sees neutral labels until the consensus is complete.
 */
export type PanelRelation =
  | { kind: "NO_PANEL" }
  | { kind: "NOT_MEMBER"; panel: PanelState }
  | { kind: "MEMBER"; panel: PanelState; member: PanelMemberState };

export const BID_REFUSALS = [
  "noPanel",
  "notOnPanel",
  "declarationToSign",
  "namesToConfirm",
  "removedFromPanel",
] as const;
export type BidRefusal = (typeof BID_REFUSALS)[number];

export type BidAccess =
  | { kind: "REFUSED"; reason: BidRefusal }
  | {
      kind: "ALLOWED";
      /** Bids of these lots are out of reach (declared conflicts). */
      excludedLotKeys: readonly string[];
      pricesHidden: boolean;
      blind: boolean;
    };

const FULL: BidAccess = { kind: "ALLOWED", excludedLotKeys: [], pricesHidden: false, blind: false };

export function bidAccessFor(
  relation: PanelRelation,
  viewer: { runsProcedure: boolean },
  bidsOpened: boolean,
): BidAccess {
  if (relation.kind === "NO_PANEL") return viewer.runsProcedure ? FULL : { kind: "REFUSED", reason: "noPanel" };
  if (relation.kind === "NOT_MEMBER") {
    return viewer.runsProcedure ? FULL : { kind: "REFUSED", reason: "notOnPanel" };
  }
  const { panel, member } = relation;
  switch (declarationStage(member, namesShownToPanel(panel, bidsOpened))) {
    case "REMOVED":
      return { kind: "REFUSED", reason: "removedFromPanel" };
    case "TO_SIGN":
      return { kind: "REFUSED", reason: "declarationToSign" };
    case "TO_CONFIRM_NAMES":
      return { kind: "REFUSED", reason: "namesToConfirm" };
    case "COMPLETE":
      return {
        kind: "ALLOWED",
        excludedLotKeys: member.excludedLotKeys,
        pricesHidden: pricesHiddenFor(panel, member),
        blind: panel.blindMode && panel.consensusCompletedAt === null,
      };
  }
}

function pricesHiddenFor(panel: PanelState, member: PanelMemberState): boolean {
  if (!panel.pricesHiddenUntilSubmitted) return false;
  return member.role === "CHAIR" ? panel.consensusCompletedAt === null : member.submittedAt === null;
}

/** Whether the names (not the content) of the bidders may be listed to a member to confirm their declaration. */
export function mayListBidderNames(relation: PanelRelation, bidsOpened: boolean): boolean {
  if (relation.kind !== "MEMBER" || !namesShownToPanel(relation.panel, bidsOpened)) return false;
  const stage = declarationStage(relation.member, true);
  return stage === "TO_CONFIRM_NAMES" || stage === "COMPLETE";
}
