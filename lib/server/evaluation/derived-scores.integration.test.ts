import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toFixed } from "@/lib/domain/rational";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import {
  EVALUATION_TEST_AWARD,
  createEvaluatedTender,
  type EvaluationStage,
  createPanelMembers,
  evaluationPeople,
} from "@/scripts/testing/evaluation-fixtures";
import { connectTestDatabase, createRoleViewers, type RoleViewers } from "@/scripts/testing/test-database";
import { loadEvaluation } from "./load-evaluation";
import { readResultContext } from "./result-access";
import { readConsensusForRanking, readScoresForRanking } from "./score-access";

// Issue 6, second review: nothing is derived from scores before the consensus is complete. With
// MEAN the final score of a criterion is the mean of the evaluators' own scores, so a mean shown
// before every evaluator has submitted and the chair has closed the consensus would give away a
// colleague's score (a mean of two, one of them yours). After completion the panel sees the final
// scores, by design (docs/evaluation-panel.md, "Who sees what, when").
const db = connectTestDatabase();
const viewers = {} as RoleViewers;
let chair: Viewer;
let evaluators: [Viewer, Viewer];

beforeAll(async () => {
  Object.assign(viewers, await createRoleViewers(db));
  ({ chair, evaluators } = await createPanelMembers(db, viewers.DRAFTER.organisation.id));
});
afterAll(() => db.$disconnect());

const evaluated = (stage: EvaluationStage, scoreAggregation: "MEAN" | "CONSENSUS" = "MEAN") =>
  createEvaluatedTender(db, evaluationPeople(viewers, chair, evaluators), {
    stage,
    award: { ...EVALUATION_TEST_AWARD, scoreAggregation },
  });

/** What the ranking would be computed from, as loadEvaluation asks for it. */
async function scoresForRanking(tenderId: string) {
  const { panel } = await readResultContext(db, viewers.DRAFTER, tenderId);
  return readScoresForRanking(db, panel!);
}

describe("with MEAN, the mean of the evaluators' scores", () => {
  it("is derived for nobody while a colleague has not submitted", async () => {
    const { tender, panel } = await evaluated("SUBMITTED");
    await db.panelMember.updateMany({
      where: { panelId: panel!.id, userId: evaluators[1].userId },
      data: { submittedAt: null },
    });
    for (const viewer of [evaluators[0], chair, viewers.DRAFTER, viewers.ADMIN]) {
      const loaded = await loadEvaluation(db, viewer, tender.id);
      expect(!loaded.ready && loaded.context.readiness).toEqual({ kind: "SCORES_PENDING", submitted: 1, expected: 2 });
    }
    expect(await scoresForRanking(tender.id)).toEqual([]);
  });

  it("is derived for nobody while the chair has not closed the consensus, though everyone submitted", async () => {
    const { tender } = await evaluated("SUBMITTED");
    for (const viewer of [evaluators[0], chair, viewers.DRAFTER, viewers.ADMIN]) {
      const loaded = await loadEvaluation(db, viewer, tender.id);
      expect(!loaded.ready && loaded.context.readiness.kind).toBe("CONSENSUS_PENDING");
    }
    expect(await scoresForRanking(tender.id)).toEqual([]);
  });

  it("gives the panel the final scores once the consensus is complete (the report and the file stay the lead's and the chair's)", async () => {
    const { tender, bids } = await evaluated("CONSENSUS");
    const loaded = await loadEvaluation(db, evaluators[1], tender.id);
    if (!loaded.ready) throw new Error("the evaluation should be ready");
    expect(loaded.evaluation.role).toBe("EVALUATOR");
    // Alpha, fit: evaluator 1 gave 3, evaluator 2 gave 4; the mean 3.5 of 5 on 30 points is 21.
    // Exit: both gave 4, 24 points. Quality 21 + 24 = 45.
    const alpha = loaded.evaluation.result.lots[0]!.bids.find((bid) => bid.bidId === bids[0]!.id)!;
    const points = (key: string) => alpha.points.find((entry) => entry.criterionKey === key)!.points!;
    expect([toFixed(points("fit"), 2), toFixed(points("exit"), 2), toFixed(alpha.qualityPoints, 2)]).toEqual([
      "21.00",
      "24.00",
      "45.00",
    ]);
  });
});

describe("with CONSENSUS, the chair's consensus scores", () => {
  it("are read for the ranking only once the consensus is complete", async () => {
    const { tender, bids, panel } = await evaluated("SUBMITTED", "CONSENSUS");
    await db.consensusScore.create({
      data: {
        tenderId: tender.id,
        bidId: bids[0]!.id,
        criterionKey: "fit",
        score: 4,
        rationale: "Agreed after the discussion",
        recordedById: chair.userId,
      },
    });
    expect(await readConsensusForRanking(db, panel!, tender.id)).toEqual([]);
    const completed = await db.evaluationPanel.update({
      where: { id: panel!.id },
      data: { consensusCompletedAt: new Date() },
    });
    expect(await readConsensusForRanking(db, completed, tender.id)).toEqual([
      { bidId: bids[0]!.id, criterionKey: "fit", score: 4, rationale: "Agreed after the discussion" },
    ]);
  });
});
