import { describe, expect, it, vi } from "vitest";
import { toNumber } from "@/lib/domain/rational";
import type { ScoreAggregation } from "@/lib/domain/tender/criteria-tree";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { evaluationTestFile } from "@/scripts/testing/evaluation-suite";
import { insertEveryScore, openedTenderWithPanel, SCORED_CRITERIA } from "@/scripts/testing/panel-fixtures";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { readConsensusView } from "./consensus-view";

// The chair's part: reopening a submission (the chair only, with a reason), recording the
// consensus with a rationale, completing it; with MEAN, the mean applies.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const actions = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");

const { db, cast, as } = evaluationTestFile(stubs, actions);

/** Every evaluator scores everything and submits: the first 1, the second 3, the third 4. */
async function allSubmitted(aggregation: ScoreAggregation = "CONSENSUS") {
  const { tender, bids, panel, memberOf } = await openedTenderWithPanel(db, cast, { tender: { aggregation } });
  for (const [index, evaluator] of cast.evaluators.entries()) {
    await insertEveryScore(db, memberOf(evaluator).id, bids, [1, 3, 4][index]!, () => `Evaluator ${index + 1}`);
    expect((await as(evaluator).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "true" })).ok).toBe(
      true,
    );
  }
  return { tender, bids, panel, memberOf };
}

describe("reopening a submission", () => {
  it("is for the chair only, with a reason, and audited", async () => {
    const { tender, memberOf } = await allSubmitted();
    const target = memberOf(cast.evaluators[0]);
    const reopen = (viewer: Viewer, reason = "Scores entered for the wrong bid") =>
      as(viewer).reopenSubmissionAction({ tenderId: tender.id, memberId: target.id, version: 1, reason });

    expect(await reopen(cast.evaluators[1])).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: "errors.evaluation.notChair",
    });
    expect(await reopen(cast.evaluators[0])).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await reopen(cast.roles.DRAFTER)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await reopen(cast.roles.ADMIN)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await reopen(cast.chair, " ")).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["validation.evaluation.reopenReasonRequired"] },
    });
    expect((await db.panelMember.findUniqueOrThrow({ where: { id: target.id } })).submittedAt).not.toBeNull();

    expect(await reopen(cast.chair)).toEqual({ ok: true, data: null });
    expect((await db.panelMember.findUniqueOrThrow({ where: { id: target.id } })).submittedAt).toBeNull();
    const [event] = await db.auditEvent.findMany({
      where: { entityId: tender.id, action: "evaluation.submission_reopened" },
    });
    expect(event).toMatchObject({
      actorEmail: cast.chair.email,
      after: { member: cast.evaluators[0].email, reason: "Scores entered for the wrong bid" },
    });
    // Reopened scores are the evaluator's again: out of the chair's sight until submitted again.
    const view = await readConsensusView(db, cast.chair, tender.id);
    expect(view.bids[0]!.cells[0]!.evaluations.map((evaluation) => evaluation.justification)).toEqual([
      "Evaluator 2",
      "Evaluator 3",
    ]);
    expect(view.pending.map((member) => member.id)).toEqual([target.id]);
    // The evaluator can change a score again.
    const score = await db.evaluatorScore.findFirstOrThrow({ where: { memberId: target.id } });
    expect(
      await as(cast.evaluators[0]).saveScoreAction({
        tenderId: tender.id,
        bidId: score.bidId,
        criterionKey: score.criterionKey,
        version: 0,
        score: "2",
        justification: "Corrected",
      }),
    ).toEqual({ ok: true, data: { version: 1 } });
  });
});

describe("the consensus", () => {
  it("shows the chair every submitted score with its spread and the disagreements", async () => {
    const { tender } = await allSubmitted();
    const view = await readConsensusView(db, cast.chair, tender.id);
    const cell = view.bids[0]!.cells[0]!;
    expect(cell.evaluations.map((evaluation) => [evaluation.score, evaluation.justification])).toEqual([
      [1, "Evaluator 1"],
      [3, "Evaluator 2"],
      [4, "Evaluator 3"],
    ]);
    // Spread 4 − 1 = 3 ≥ 30 % of 5 = 1.5: a disagreement. Mean (1 + 3 + 4) / 3 = 8/3 ≈ 2.67.
    expect(cell.summary.spread).toBe(3);
    expect(cell.summary.disagreement).toBe(true);
    expect(toNumber(cell.summary.mean!)).toBeCloseTo(8 / 3, 10);
    expect(cell.summary.final).toBeNull();
    expect(view.recordingRefusal).toBeNull();
    expect(view.completionRefusal).toBe("consensusMissing");
  });

  it("is recorded by the chair with a rationale, then completed, which ends blind mode and records every score", async () => {
    const { tender, bids } = await allSubmitted();
    const record = (
      viewer: Viewer,
      input: { bidId: string; criterionKey: string; rationale?: string; score?: string },
    ) =>
      as(viewer).recordConsensusAction({
        tenderId: tender.id,
        version: "",
        score: input.score ?? "3",
        rationale: input.rationale ?? "The panel agreed on the evidence of the demo",
        bidId: input.bidId,
        criterionKey: input.criterionKey,
      });
    expect(await record(cast.chair, { bidId: bids[0]!.id, criterionKey: "functional", rationale: "" })).toMatchObject({
      ok: false,
      fieldErrors: { rationale: ["validation.evaluation.rationaleRequired"] },
    });
    expect(await record(cast.chair, { bidId: bids[0]!.id, criterionKey: "functional", score: "9" })).toMatchObject({
      ok: false,
      fieldErrors: { score: ['validation.evaluation.scoreOffScale?{"max":5}'] },
    });
    expect(await record(cast.evaluators[0], { bidId: bids[0]!.id, criterionKey: "functional" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await record(cast.chair, { bidId: bids[0]!.id, criterionKey: "functional" })).toEqual({
      ok: true,
      data: { version: 0 },
    });
    expect(await as(cast.chair).completeConsensusAction({ tenderId: tender.id, version: 0 })).toMatchObject({
      ok: false,
      formError: 'errors.evaluation.consensus.consensusMissing?{"count":8}',
    });
    for (const bid of bids) {
      for (const criterion of SCORED_CRITERIA) {
        if (bid.id === bids[0]!.id && criterion === "functional") continue;
        expect((await record(cast.chair, { bidId: bid.id, criterionKey: criterion })).ok).toBe(true);
      }
    }
    expect(await as(cast.chair).completeConsensusAction({ tenderId: tender.id, version: 0 })).toEqual({
      ok: true,
      data: null,
    });
    expect(
      (await db.evaluationPanel.findUniqueOrThrow({ where: { tenderId: tender.id } })).consensusCompletedAt,
    ).not.toBeNull();

    const [completed] = await db.auditEvent.findMany({
      where: { entityId: tender.id, action: "evaluation.consensus_completed" },
    });
    // 3 evaluators × 3 bids × 3 criteria submitted scores, and the 9 consensus scores that count.
    const after = completed!.after as { scores: unknown[]; consensus: unknown[] };
    expect(after.scores).toHaveLength(27);
    expect(after.consensus).toHaveLength(9);
    expect(after.consensus).toContainEqual({
      receiptNumber: 1,
      criterionKey: "functional",
      score: 3,
      rationale: "The panel agreed on the evidence of the demo",
    });
    // After completion, nothing changes any more: no reopening, no new consensus score.
    const member = await db.panelMember.findFirstOrThrow({
      where: { userId: cast.evaluators[0].userId, panel: { tenderId: tender.id } },
    });
    expect(
      await as(cast.chair).reopenSubmissionAction({
        tenderId: tender.id,
        memberId: member.id,
        version: member.version,
        reason: "Too late",
      }),
    ).toMatchObject({ ok: false, formError: "errors.evaluation.reopen.consensusComplete" });
    expect(await record(cast.chair, { bidId: bids[0]!.id, criterionKey: "functional" })).toMatchObject({ ok: false });
  });

  it("with MEAN, takes the mean: nothing to record, and completes once everyone submitted", async () => {
    const { tender, bids } = await allSubmitted("MEAN");
    const view = await readConsensusView(db, cast.chair, tender.id);
    expect(toNumber(view.bids[0]!.cells[0]!.summary.final!)).toBeCloseTo(8 / 3, 10);
    expect(view.recordingRefusal).toBe("meanApplies");
    expect(view.completionRefusal).toBeNull();
    expect(
      await as(cast.chair).recordConsensusAction({
        tenderId: tender.id,
        bidId: bids[0]!.id,
        criterionKey: "functional",
        version: "",
        score: "3",
        rationale: "Not needed",
      }),
    ).toMatchObject({ ok: false, formError: "errors.evaluation.consensus.meanApplies" });
    expect(await as(cast.chair).completeConsensusAction({ tenderId: tender.id, version: 0 })).toEqual({
      ok: true,
      data: null,
    });
  });
});

describe("the audit log while the consensus is under way", () => {
  // Administrators read the audit log. Like the procurement lead, they learn no score until the
  // consensus is complete (lib/domain/panel/score-visibility.ts): neither an evaluator's nor the
  // chair's, nor anything computed from them (spread, disagreement).
  it("says that a consensus score was recorded or changed, never the score, the rationale or the evaluators' scores", async () => {
    const { tender, bids } = await allSubmitted();
    const record = (version: string, score: string) =>
      as(cast.chair).recordConsensusAction({
        tenderId: tender.id,
        version,
        score,
        rationale: `Agreed on ${score} after discussing the demo`,
        bidId: bids[0]!.id,
        criterionKey: "functional",
      });
    expect(await record("", "3")).toEqual({ ok: true, data: { version: 0 } });
    expect(await record("0", "4")).toEqual({ ok: true, data: { version: 1 } });

    const { events } = await listAuditEvents(db, cast.roles.ADMIN.organisation.id, 1);
    const recorded = events.filter(
      (event) => event.entityId === tender.id && event.action === "evaluation.consensus_recorded",
    );
    expect(recorded.map((event) => event.after)).toEqual([
      { receiptNumber: 1, criterionKey: "functional", version: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { receiptNumber: 1, criterionKey: "functional", version: 0, digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(recorded[0]!.before).toEqual({ receiptNumber: 1, criterionKey: "functional", version: 0, digest: (recorded[1]!.after as { digest: string }).digest }); // prettier-ignore
    // Nothing of the evaluation's figures, in any event of the tender, before completion.
    const text = JSON.stringify(events.filter((event) => event.entityId === tender.id));
    expect(text).not.toMatch(/"score"|evaluatorScores|spread|disagreement|rationale|Agreed on/);
  });
});
