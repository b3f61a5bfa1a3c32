import type { IsoDate } from "@/lib/domain/tender/calendar-date";

/**
 * The evaluation panel of a tender (issue 6): one chair, who moderates and records the consensus,
 * and evaluators, who score the bids independently. These are the facts the rules of this folder
 * decide on, in plain types (the database rows are mapped onto them in lib/server/evaluation).
 */
export const PANEL_ROLES = ["CHAIR", "EVALUATOR"] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

/** What the procurement lead fixes for the panel; locked once scoring has started (panel-lock.ts). */
export type PanelSettings = {
  /** Evaluators see no price or cost until they have submitted their quality scores (the default). */
  pricesHiddenUntilSubmitted: boolean;
  /** Bidder names are replaced by neutral labels for the panel until the consensus is complete. */
  blindMode: boolean;
  /** A spread of scores at or above this share of the scale is highlighted for the chair. */
  disagreementThresholdPercent: number;
  /** Last day (Brussels) on which evaluators may change or submit their scores; null for none. */
  scoringDeadline: IsoDate | null;
};

export const DEFAULT_PANEL_SETTINGS: PanelSettings = {
  pricesHiddenUntilSubmitted: true,
  blindMode: false,
  disagreementThresholdPercent: 30,
  scoringDeadline: null,
};

/** The panel's state that decides what its members may see. */
export type PanelState = {
  pricesHiddenUntilSubmitted: boolean;
  blindMode: boolean;
  /** Set when the chair completed the consensus: it ends blind mode and locks every score. */
  consensusCompletedAt: Date | null;
};

/** One member as the rules need them. */
export type PanelMemberState = {
  role: PanelRole;
  declarationSignedAt: Date | null;
  declarationConfirmedWithNamesAt: Date | null;
  /** Lots the member no longer evaluates because of a declared conflict. */
  excludedLotKeys: readonly string[];
  /** Removed from the whole tender (a conflict on a tender without lots, or a chair's conflict). */
  removedAt: Date | null;
  /** Quality scores submitted (locked) at; null while the evaluator is still scoring. */
  submittedAt: Date | null;
};

/** A conflict of interest a member declared against one bidder (kept in PanelMember.conflicts). */
export type DeclaredConflict = {
  bidId: string;
  receiptNumber: number;
  /** The lot of the bid; null for a tender without lots. */
  lotKey: string | null;
  /** What links the member to the bidder, in their own words. */
  note: string;
  /** ISO timestamp. */
  at: string;
};

/** True for a member who still takes part: not removed from the tender. */
export function isActive(member: Pick<PanelMemberState, "removedAt">): boolean {
  return member.removedAt === null;
}

/** True when the member evaluates bids of this lot (null: a tender without lots). */
export function evaluatesLot(member: Pick<PanelMemberState, "removedAt" | "excludedLotKeys">, lotKey: string | null) {
  return isActive(member) && (lotKey === null || !member.excludedLotKeys.includes(lotKey));
}
