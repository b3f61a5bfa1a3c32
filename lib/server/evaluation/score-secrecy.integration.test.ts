import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { evaluationTestFile } from "@/scripts/testing/evaluation-suite";
import { insertEveryScore, openedTenderWithPanel } from "@/scripts/testing/panel-fixtures";
import { readConsensusView } from "./consensus-view";
import { loadEvaluationContext } from "./evaluation-context";
import { readEvaluationOverview } from "./overview";
import { readConsensusScores, readVisibleScores } from "./score-access";
import { readScoringView } from "./scoring-view";

// Blind scoring (issue 6): no page data function, action or route shows an evaluator's scores to
// anyone else before they submit, the chair included. The actions run for real; only the session
// and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const actions = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");

const { db, cast, as } = evaluationTestFile(stubs, actions);

const SECRET = "Only-for-my-eyes justification";

/** Everything a viewer can get about the tender's evaluation through the page data functions. */
async function everythingSeenBy(viewer: Viewer, tenderId: string): Promise<string> {
  const seen: unknown[] = [];
  const attempt = async (read: () => Promise<unknown>) => {
    try {
      seen.push(await read());
    } catch (error) {
      seen.push(String(error));
    }
  };
  await attempt(() => readScoringView(db, viewer, tenderId));
  await attempt(() => readConsensusView(db, viewer, tenderId));
  await attempt(() => readEvaluationOverview(db, viewer, tenderId));
  await attempt(async () => readVisibleScores(db, await loadEvaluationContext(db, viewer, tenderId)));
  await attempt(async () => readConsensusScores(db, await loadEvaluationContext(db, viewer, tenderId)));
  return JSON.stringify(seen, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

describe("scores before submission", () => {
  it("are seen by their author only: not another evaluator, not the chair, not the procurement lead", async () => {
    const { tender, bids } = await openedTenderWithPanel(db, cast);
    const [first, second] = cast.evaluators;
    const saved = await as(first).saveScoreAction({
      tenderId: tender.id,
      bidId: bids[0]!.id,
      criterionKey: "functional",
      version: "",
      score: "4",
      justification: SECRET,
    });
    // The action answers with the new version only.
    expect(saved).toEqual({ ok: true, data: { version: 0 } });

    const own = await readScoringView(db, first, tender.id);
    expect(own.scores).toEqual([expect.objectContaining({ score: 4, justification: SECRET })]);
    expect(own.progress).toMatchObject({ done: 1, total: 9 });

    for (const viewer of [second, cast.chair, cast.roles.DRAFTER, cast.roles.ADMIN, cast.outsider]) {
      expect(await everythingSeenBy(viewer, tender.id)).not.toContain(SECRET);
    }
    // Another evaluator saving the same criterion learns nothing either.
    const other = await as(second).saveScoreAction({
      tenderId: tender.id,
      bidId: bids[0]!.id,
      criterionKey: "functional",
      version: "",
      score: "1",
      justification: "My own view",
    });
    expect(JSON.stringify(other)).not.toContain(SECRET);

    // The trail says a score was saved, never what it is.
    const events = await db.auditEvent.findMany({ where: { entityId: tender.id, action: "evaluation.score_saved" } });
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(events[0]!.after).not.toHaveProperty("score");
  });

  it("are shown to the chair once submitted, to the lead once the consensus is complete, never to a colleague", async () => {
    const { tender, bids, memberOf } = await openedTenderWithPanel(db, cast);
    const [first, second] = cast.evaluators;
    await insertEveryScore(db, memberOf(first).id, bids, 3, (criterion) => `${SECRET} ${criterion}`);
    const submitted = await as(first).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "true" });
    expect(submitted).toEqual({ ok: true, data: null });

    const chairView = await readConsensusView(db, cast.chair, tender.id);
    expect(chairView.bids[0]!.cells[0]!.evaluations).toEqual([
      expect.objectContaining({ memberId: memberOf(first).id, score: 3, justification: `${SECRET} functional` }),
    ]);
    expect(await everythingSeenBy(second, tender.id)).not.toContain(SECRET);
    expect(await everythingSeenBy(cast.roles.DRAFTER, tender.id)).not.toContain(SECRET);

    // The submission's event holds a digest, not the scores.
    const [event] = await db.auditEvent.findMany({
      where: { entityId: tender.id, action: "evaluation.scores_submitted" },
    });
    expect(event!.after).toMatchObject({
      member: first.email,
      scoreCount: 9,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(event)).not.toContain(SECRET);

    // Once the consensus is complete, the procurement lead reads the submitted scores.
    await db.evaluationPanel.update({ where: { tenderId: tender.id }, data: { consensusCompletedAt: new Date() } });
    expect(await everythingSeenBy(cast.roles.DRAFTER, tender.id)).toContain(SECRET);
    expect(await everythingSeenBy(second, tender.id)).not.toContain(SECRET);
  });
});
