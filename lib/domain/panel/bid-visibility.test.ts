import { describe, expect, it } from "vitest";
import { bidAccessFor, mayListBidderNames, type PanelRelation } from "./bid-visibility";
import type { PanelMemberState, PanelState } from "./panel-model";

const SIGNED = new Date("2026-11-20T09:00:00Z");
const panel = (overrides: Partial<PanelState> = {}): PanelState => ({
  pricesHiddenUntilSubmitted: true,
  blindMode: false,
  consensusCompletedAt: null,
  ...overrides,
});
const member = (overrides: Partial<PanelMemberState> = {}): PanelMemberState => ({
  role: "EVALUATOR",
  declarationSignedAt: SIGNED,
  declarationConfirmedWithNamesAt: SIGNED,
  excludedLotKeys: [],
  removedAt: null,
  submittedAt: null,
  ...overrides,
});
const asMember = (m: PanelMemberState, p: PanelState = panel()): PanelRelation => ({
  kind: "MEMBER",
  panel: p,
  member: m,
});
const staff = { runsProcedure: true };
const evaluatorOnly = { runsProcedure: false };

describe("bidAccessFor", () => {
  it("lets only the procurement staff read the bids while there is no panel", () => {
    expect(bidAccessFor({ kind: "NO_PANEL" }, staff, true)).toEqual({
      kind: "ALLOWED",
      excludedLotKeys: [],
      pricesHidden: false,
      blind: false,
    });
    // An evaluator has signed no declaration for a tender without a panel: no bid at all.
    expect(bidAccessFor({ kind: "NO_PANEL" }, evaluatorOnly, true)).toEqual({ kind: "REFUSED", reason: "noPanel" });
  });

  it("keeps an evaluator off the panel out once there is one, but not the procurement staff", () => {
    const relation: PanelRelation = { kind: "NOT_MEMBER", panel: panel({ blindMode: true }) };
    expect(bidAccessFor(relation, evaluatorOnly, true)).toEqual({ kind: "REFUSED", reason: "notOnPanel" });
    expect(bidAccessFor(relation, staff, true)).toMatchObject({ kind: "ALLOWED", pricesHidden: false, blind: false });
  });

  it("refuses every bid until the declaration is signed, whatever else the member may do", () => {
    const unsigned = member({ declarationSignedAt: null, declarationConfirmedWithNamesAt: null });
    expect(bidAccessFor(asMember(unsigned), staff, true)).toEqual({ kind: "REFUSED", reason: "declarationToSign" });
  });

  it("asks for the names to be confirmed once they are shown: at once without blind mode", () => {
    const signedOnly = member({ declarationConfirmedWithNamesAt: null });
    expect(bidAccessFor(asMember(signedOnly), evaluatorOnly, true)).toEqual({
      kind: "REFUSED",
      reason: "namesToConfirm",
    });
    // Before the opening there are no names to confirm against.
    expect(bidAccessFor(asMember(signedOnly), evaluatorOnly, false)).toMatchObject({ kind: "ALLOWED" });
  });

  it("in blind mode, only once the consensus is complete", () => {
    const signedOnly = member({ declarationConfirmedWithNamesAt: null });
    const blind = panel({ blindMode: true });
    expect(bidAccessFor(asMember(signedOnly, blind), evaluatorOnly, true)).toMatchObject({
      kind: "ALLOWED",
      blind: true,
    });
    const done = panel({ blindMode: true, consensusCompletedAt: SIGNED });
    expect(bidAccessFor(asMember(signedOnly, done), evaluatorOnly, true)).toEqual({
      kind: "REFUSED",
      reason: "namesToConfirm",
    });
    expect(bidAccessFor(asMember(member(), done), evaluatorOnly, true)).toMatchObject({ blind: false });
  });

  it("refuses a removed member, and passes on the lots a member left", () => {
    expect(bidAccessFor(asMember(member({ removedAt: SIGNED })), staff, true)).toEqual({
      kind: "REFUSED",
      reason: "removedFromPanel",
    });
    expect(bidAccessFor(asMember(member({ excludedLotKeys: ["LOT-2"] })), evaluatorOnly, true)).toMatchObject({
      excludedLotKeys: ["LOT-2"],
    });
  });

  it("hides prices from an evaluator until they submit, and from the chair until the consensus", () => {
    const hidden = (m: PanelMemberState, p: PanelState) => {
      const access = bidAccessFor(asMember(m, p), evaluatorOnly, true);
      return access.kind === "ALLOWED" && access.pricesHidden;
    };
    expect(hidden(member(), panel())).toBe(true);
    expect(hidden(member({ submittedAt: SIGNED }), panel())).toBe(false);
    expect(hidden(member({ role: "CHAIR" }), panel())).toBe(true);
    expect(hidden(member({ role: "CHAIR", submittedAt: SIGNED }), panel())).toBe(true);
    expect(hidden(member({ role: "CHAIR" }), panel({ consensusCompletedAt: SIGNED }))).toBe(false);
    // A panel that does not hide prices shows them to everyone at once.
    expect(hidden(member(), panel({ pricesHiddenUntilSubmitted: false }))).toBe(false);
  });
});

describe("mayListBidderNames", () => {
  it("lists names to a member who signed, once they are shown to the panel", () => {
    const signedOnly = member({ declarationConfirmedWithNamesAt: null });
    expect(mayListBidderNames(asMember(signedOnly), true)).toBe(true);
    expect(mayListBidderNames(asMember(member()), true)).toBe(true);
    expect(mayListBidderNames(asMember(member({ declarationSignedAt: null })), true)).toBe(false);
    expect(mayListBidderNames(asMember(signedOnly), false)).toBe(false);
    expect(mayListBidderNames(asMember(member(), panel({ blindMode: true })), true)).toBe(false);
    expect(mayListBidderNames({ kind: "NOT_MEMBER", panel: panel() }, true)).toBe(false);
  });
});
