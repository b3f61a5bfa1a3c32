import { describe, expect, it } from "vitest";
import type { RankingOutcome } from "@/lib/domain/evaluation/ranking";
import { checkAwardChoice, proposedWinner } from "./award-choice";

// Three admissible bids A, B, C ranked A, B, C; X was excluded by a gate.
const lot = (outcome: RankingOutcome, admissibleBidIds: string[]) => ({ outcome, admissibleBidIds });
const ranked = lot({ kind: "WINNER", bidId: "A", decidedBy: "TOTAL" }, ["A", "B", "C"]);
const tie = lot({ kind: "UNRESOLVED_TIE", bidIds: ["A", "B"] }, ["A", "B", "C"]);
const none = lot({ kind: "NO_ADMISSIBLE_BID" }, []);

describe("checkAwardChoice", () => {
  it("accepts the top-ranked bid without a reason", () => {
    expect(checkAwardChoice(ranked, { winnerBidId: "A", reason: "" })).toEqual({ ok: true, departsFromRanking: false });
  });

  it("asks for a reason before another admissible bid, and notes the departure", () => {
    expect(checkAwardChoice(ranked, { winnerBidId: "B", reason: "  " })).toEqual({
      ok: false,
      code: "award.reasonRequiredForOtherBid",
      field: "reason",
    });
    expect(checkAwardChoice(ranked, { winnerBidId: "B", reason: "A withdrew its bid in writing." })).toEqual({
      ok: true,
      departsFromRanking: true,
    });
  });

  it("never lets an excluded or unknown bid win, reason or not", () => {
    for (const winnerBidId of ["X", "nope"]) {
      expect(checkAwardChoice(ranked, { winnerBidId, reason: "We prefer it." })).toEqual({
        ok: false,
        code: "award.winnerNotAdmissible",
        field: "winnerBidId",
      });
    }
  });

  it("asks for the documented decision in a tie at the top", () => {
    expect(checkAwardChoice(tie, { winnerBidId: "B", reason: "" })).toEqual({
      ok: false,
      code: "award.reasonRequiredForTie",
      field: "reason",
    });
    expect(checkAwardChoice(tie, { winnerBidId: "B", reason: "Lots drawn on 3 March before two witnesses." })).toEqual({
      ok: true,
      departsFromRanking: false,
    });
  });

  it("allows no winner only when no bid is admissible, with a reason", () => {
    expect(checkAwardChoice(ranked, { winnerBidId: null, reason: "Budget withdrawn." })).toEqual({
      ok: false,
      code: "award.winnerRequired",
      field: "winnerBidId",
    });
    expect(checkAwardChoice(none, { winnerBidId: null, reason: "" })).toEqual({
      ok: false,
      code: "award.reasonRequiredForNoAward",
      field: "reason",
    });
    expect(
      checkAwardChoice(none, { winnerBidId: null, reason: "Every bid fell below the sovereignty minimums." }),
    ).toEqual({
      ok: true,
      departsFromRanking: false,
    });
  });

  it("proposes the ranking's winner, and nobody in a tie", () => {
    expect(proposedWinner(ranked.outcome)).toBe("A");
    expect(proposedWinner(tie.outcome)).toBeNull();
    expect(proposedWinner(none.outcome)).toBeNull();
  });
});
