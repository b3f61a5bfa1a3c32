import { describe, expect, it } from "vitest";
import { maySeeScores, type ScoreViewer } from "./score-visibility";

const evaluator: ScoreViewer = { memberId: "m1", isChair: false, managesPanel: false };
const chair: ScoreViewer = { memberId: "c1", isChair: true, managesPanel: false };
const lead: ScoreViewer = { memberId: null, isChair: false, managesPanel: true };
const outsider: ScoreViewer = { memberId: null, isChair: false, managesPanel: false };
const open = { consensusComplete: false };
const closed = { consensusComplete: true };

describe("maySeeScores", () => {
  it("shows an evaluator their own scores, submitted or not", () => {
    expect(maySeeScores(evaluator, { memberId: "m1", submitted: false }, open)).toBe(true);
    expect(maySeeScores(evaluator, { memberId: "m1", submitted: true }, closed)).toBe(true);
  });

  it("never shows an evaluator another's scores, even submitted, even after the consensus", () => {
    expect(maySeeScores(evaluator, { memberId: "m2", submitted: false }, open)).toBe(false);
    expect(maySeeScores(evaluator, { memberId: "m2", submitted: true }, closed)).toBe(false);
  });

  it("shows the chair scores once submitted, and not before", () => {
    expect(maySeeScores(chair, { memberId: "m1", submitted: false }, open)).toBe(false);
    expect(maySeeScores(chair, { memberId: "m1", submitted: true }, open)).toBe(true);
  });

  it("shows the procurement lead submitted scores after the consensus only", () => {
    expect(maySeeScores(lead, { memberId: "m1", submitted: true }, open)).toBe(false);
    expect(maySeeScores(lead, { memberId: "m1", submitted: true }, closed)).toBe(true);
    expect(maySeeScores(lead, { memberId: "m1", submitted: false }, closed)).toBe(false);
  });

  it("shows nobody else anything", () => {
    expect(maySeeScores(outsider, { memberId: "m1", submitted: true }, closed)).toBe(false);
  });
});
