import { describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/domain/tender/calendar-date";
import { calendarDayAt } from "@/lib/domain/bids/opening";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { evaluationTestFile } from "@/scripts/testing/evaluation-suite";
import { insertEveryScore, openedTenderWithPanel } from "@/scripts/testing/panel-fixtures";

// Bad input (issue 6): scores outside the scale, missing justifications, submitting twice, scoring
// after the panel's deadline, or consensus before all submissions get a clear message and change
// nothing.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const actions = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");

const { db, cast, as } = evaluationTestFile(stubs, actions);

async function setUp(settings: { scoringDeadline?: string } = {}) {
  const { tender, bids, memberOf } = await openedTenderWithPanel(db, cast, { panel: { settings } });
  const score = (viewer: Viewer, input: { score?: string; justification?: string; version?: string | number } = {}) =>
    as(viewer).saveScoreAction({
      tenderId: tender.id,
      bidId: bids[0]!.id,
      criterionKey: "functional",
      version: input.version ?? "",
      score: input.score ?? "3",
      justification: input.justification ?? "Meets every need with evidence",
    });
  const scoreAll = (viewer: Viewer) => insertEveryScore(db, memberOf(viewer).id, bids, 3);
  const stored = () => db.evaluatorScore.findMany({ where: { member: { panel: { tenderId: tender.id } } } });
  return { tender, bids, memberOf, score, scoreAll, stored };
}

describe("a score", () => {
  it("outside the tender's scale is refused on the score field, and nothing is saved", async () => {
    const { score, stored } = await setUp();
    // The demo criteria's scale runs from 0 to 5.
    expect(await score(cast.evaluators[0], { score: "6" })).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: 'validation.evaluation.scoreOffScale?{"max":5}',
      fieldErrors: { score: ['validation.evaluation.scoreOffScale?{"max":5}'] },
    });
    expect(await score(cast.evaluators[0], { score: "-1" })).toMatchObject({
      ok: false,
      fieldErrors: { score: ["validation.evaluation.scoreRequired"] },
    });
    expect(await score(cast.evaluators[0], { score: "2.5" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await stored()).toEqual([]);
  });

  it("without a justification is refused, and nothing is saved", async () => {
    const { score, stored } = await setUp();
    expect(await score(cast.evaluators[0], { justification: "   " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { justification: ["validation.evaluation.justificationRequired"] },
    });
    expect(await stored()).toEqual([]);
  });

  it("changed since the form was loaded is refused (optimistic lock)", async () => {
    const { score, stored } = await setUp();
    expect(await score(cast.evaluators[0])).toEqual({ ok: true, data: { version: 0 } });
    expect(await score(cast.evaluators[0], { score: "5", version: 0 })).toEqual({ ok: true, data: { version: 1 } });
    expect(await score(cast.evaluators[0], { score: "1", version: 0 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.evaluation.scoreChangedMeanwhile",
    });
    expect((await stored()).map((row) => [row.score, row.version])).toEqual([[5, 1]]);
  });

  it("is refused after the panel's scoring deadline; the deadline day itself is still open", async () => {
    const today = calendarDayAt(new Date());
    const open = await setUp({ scoringDeadline: today });
    expect((await open.score(cast.evaluators[0])).ok).toBe(true);

    const late = await setUp({ scoringDeadline: addDays(today, -1) });
    expect(await late.score(cast.evaluators[0])).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.evaluation.scoring.deadlinePassed",
    });
    await late.scoreAll(cast.evaluators[1]);
    expect(
      await as(cast.evaluators[1]).submitScoresAction({ tenderId: late.tender.id, version: 0, confirm: "true" }),
    ).toMatchObject({ ok: false, formError: "errors.evaluation.scoring.deadlinePassed" });
    expect(await late.stored()).toHaveLength(9);
    expect(
      (
        await db.panelMember.findFirstOrThrow({
          where: { userId: cast.evaluators[1].userId, panel: { tenderId: late.tender.id } },
        })
      ).submittedAt,
    ).toBeNull();
  });

  it("is the evaluator's only: the chair and staff cannot score", async () => {
    const { score, stored } = await setUp();
    expect(await score(cast.chair)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: "errors.evaluation.scoring.notEvaluator",
    });
    expect(await score(cast.roles.DRAFTER)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await score(cast.outsider)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: "errors.evaluation.notMember",
    });
    expect(await stored()).toEqual([]);
  });
});

describe("submitting", () => {
  it("is refused while scores are missing, saying how many", async () => {
    const { tender, score } = await setUp();
    await score(cast.evaluators[0]);
    // 3 bids × 3 scored criteria = 9 scores; 1 saved, 8 missing.
    expect(
      await as(cast.evaluators[0]).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "true" }),
    ).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: 'errors.evaluation.scoring.incomplete?{"count":8}',
    });
  });

  it("needs the confirmation, and a second submission is refused with a clear message; the scores are then locked", async () => {
    const { tender, scoreAll, score, stored } = await setUp();
    const [first] = cast.evaluators;
    await scoreAll(first);
    expect(await as(first).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "" as never })).toMatchObject(
      {
        ok: false,
        fieldErrors: { confirm: ["validation.evaluation.submitConfirm"] },
      },
    );
    expect(await as(first).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "true" })).toEqual({
      ok: true,
      data: null,
    });
    const again = await as(first).submitScoresAction({ tenderId: tender.id, version: 1, confirm: "true" });
    expect(again).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.evaluation.scoring.alreadySubmitted",
    });
    expect(await score(first, { version: 0, score: "1" })).toMatchObject({
      ok: false,
      formError: "errors.evaluation.scoring.alreadySubmitted",
    });
    expect((await stored()).every((row) => row.score === 3 && row.version === 0)).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: tender.id, action: "evaluation.scores_submitted" } })).toBe(
      1,
    );
  });
});

describe("the consensus", () => {
  it("cannot be recorded before every evaluator has submitted, and nothing is recorded", async () => {
    const { tender, bids, scoreAll } = await setUp();
    await scoreAll(cast.evaluators[0]);
    await as(cast.evaluators[0]).submitScoresAction({ tenderId: tender.id, version: 0, confirm: "true" });
    const result = await as(cast.chair).recordConsensusAction({
      tenderId: tender.id,
      bidId: bids[0]!.id,
      criterionKey: "functional",
      version: "",
      score: "3",
      rationale: "Agreed after discussion",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: 'errors.evaluation.consensus.waitingForSubmissions?{"count":2}',
    });
    expect(await db.consensusScore.count({ where: { tenderId: tender.id } })).toBe(0);
    expect(await as(cast.chair).completeConsensusAction({ tenderId: tender.id, version: 0 })).toMatchObject({
      ok: false,
      formError: 'errors.evaluation.consensus.waitingForSubmissions?{"count":2}',
    });
    expect(
      (await db.evaluationPanel.findUniqueOrThrow({ where: { tenderId: tender.id } })).consensusCompletedAt,
    ).toBeNull();
  });
});
