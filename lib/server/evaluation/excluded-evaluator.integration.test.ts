import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { evaluationTestFile } from "@/scripts/testing/evaluation-suite";
import { insertEveryScore, openedTenderWithPanel } from "@/scripts/testing/panel-fixtures";
import { readConsensusView } from "./consensus-view";
import { loadEvaluation } from "./load-evaluation";
import { listMyEvaluations } from "./my-evaluations";
import { readEvaluationOverview } from "./overview";

// An evaluator whose declared conflicts exclude them from every lot that has bids has nothing to
// score and cannot submit; they are not expected to score, so the consensus does not wait for
// them (lib/domain/panel/consensus-rules.ts). Nothing is submitted in their name.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const actions = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");

const { db, cast, as } = evaluationTestFile(stubs, actions);

// Three lots; bids in LOT-1 and LOT-2 only.
const LOTS = ["LOT-1", "LOT-2", "LOT-3"].map((key) => ({
  key,
  title: `Lot ${key}`,
  description: "",
  cpv: null,
  estimatedValueCents: 100_000_000,
}));
const bidIn = (lotKey: string, name: string) =>
  sampleBidContent({ lotKey, bidder: { ...sampleBidContent().bidder, name } });

async function tenderInLots() {
  return openedTenderWithPanel(db, cast, {
    tender: { lots: LOTS, aggregation: "MEAN", bids: [bidIn("LOT-1", "Alpha SA"), bidIn("LOT-2", "Beta GmbH")] },
  });
}

/** The evaluator declares a conflict with each of these bids, one after another. */
async function declareConflicts(viewer: Viewer, tenderId: string, bidIds: string[]) {
  for (const [version, bidId] of bidIds.entries()) {
    const result = await as(viewer).declareConflictAction({ tenderId, version, bidId, note: "My former employer" });
    expect(result).toEqual({ ok: true, data: null });
  }
}

describe("an evaluator excluded by conflict from every lot that has bids", () => {
  it("is not expected to score: not pending, shown as such, and the consensus completes without them", async () => {
    const { tender, bids, memberOf } = await tenderInLots();
    const [excluded, second, third] = cast.evaluators;
    // LOT-3 is still theirs, but it has no bid: nothing to score.
    await declareConflicts(excluded, tender.id, [bids[0]!.id, bids[1]!.id]);
    expect(await db.panelMember.findUniqueOrThrow({ where: { id: memberOf(excluded).id } })).toMatchObject({
      excludedLotKeys: ["LOT-1", "LOT-2"],
      removedAt: null,
      submittedAt: null,
    });
    // They cannot submit (nothing to score) …
    expect(await as(excluded).submitScoresAction({ tenderId: tender.id, version: 2, confirm: "true" })).toMatchObject({
      ok: false,
      formError: "errors.evaluation.scoring.nothingToScore",
    });
    // … and the chair waits only for the two others, and sees why not for them.
    let view = await readConsensusView(db, cast.chair, tender.id);
    expect(view.pending.map((member) => member.userId)).toEqual([second.userId, third.userId]);
    expect(view.notExpected.map((member) => member.userId)).toEqual([excluded.userId]);
    expect(view.completionRefusal).toBe("waitingForSubmissions");
    const overview = await readEvaluationOverview(db, cast.roles.DRAFTER, tender.id);
    const expected = (viewer: Viewer) =>
      overview.members.find((member) => member.userId === viewer.userId)!.expectedToScore;
    expect([expected(cast.chair), expected(excluded), expected(second), expected(third)]).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect((await listMyEvaluations(db, excluded)).find((entry) => entry.tenderId === tender.id)?.next).toBe(
      "NOT_EXPECTED",
    );
    // While they are waited for, the lead reads 0 of 2 submitted (not of 3).
    const waiting = await loadEvaluation(db, cast.roles.DRAFTER, tender.id);
    expect(waiting.ready ? null : waiting.context.readiness).toEqual({
      kind: "SCORES_PENDING",
      submitted: 0,
      expected: 2,
    });

    for (const [index, evaluator] of [second, third].entries()) {
      await insertEveryScore(db, memberOf(evaluator).id, bids, 3 + index);
      const submitted = await as(evaluator).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "true" });
      expect(submitted).toEqual({ ok: true, data: null });
    }
    view = await readConsensusView(db, cast.chair, tender.id);
    expect(view.pending).toEqual([]);
    expect(view.completionRefusal).toBeNull();
    expect(await as(cast.chair).completeConsensusAction({ tenderId: tender.id, version: 0 })).toEqual({
      ok: true,
      data: null,
    });
    // Nothing was submitted in the excluded evaluator's name; the ranking rests on the others' scores.
    expect((await db.panelMember.findUniqueOrThrow({ where: { id: memberOf(excluded).id } })).submittedAt).toBeNull();
    const ranked = await loadEvaluation(db, cast.roles.DRAFTER, tender.id);
    expect(ranked.ready).toBe(true);
  });

  it("still leaves a lot whose bids nobody scores unfinished: the consensus cannot be completed", async () => {
    const { tender, bids, memberOf } = await tenderInLots();
    // Every evaluator declares a conflict with the bid of LOT-1, then scores LOT-2 and submits.
    for (const evaluator of cast.evaluators) await declareConflicts(evaluator, tender.id, [bids[0]!.id]);
    for (const evaluator of cast.evaluators) {
      await insertEveryScore(db, memberOf(evaluator).id, [bids[1]!], 3);
      expect((await as(evaluator).submitScoresAction({ tenderId: tender.id, version: 1, confirm: "true" })).ok).toBe(
        true,
      );
    }
    const view = await readConsensusView(db, cast.chair, tender.id);
    expect(view.pending).toEqual([]);
    expect(view.completionRefusal).toBe("lotWithoutEvaluators");
    expect(await as(cast.chair).completeConsensusAction({ tenderId: tender.id, version: 0 })).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.evaluation.consensus.lotWithoutEvaluators",
    });
  });
});
