import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/domain/tender/calendar-date";
import { toFixed } from "@/lib/domain/rational";
import type { AwardDecisionInput } from "@/lib/schemas/award";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import {
  createEvaluatedTender,
  type EvaluationStage,
  createPanelMembers,
  evaluationPeople,
} from "@/scripts/testing/evaluation-fixtures";
import { loadEvaluation } from "./load-evaluation";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { recordAwardAction } = await import("@/app/(app)/tenders/[tenderId]/evaluation/award/actions");
const { changeTenderStatusAction } = await import("@/app/(app)/tenders/[tenderId]/review/actions");

const { db, viewers, runAs } = actionTestSession(stubs);
let chair: Viewer;
let evaluators: [Viewer, Viewer];
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  ({ chair, evaluators } = await createPanelMembers(db, viewers.DRAFTER.organisation.id));
});

const evaluated = (stage?: EvaluationStage) =>
  createEvaluatedTender(db, evaluationPeople(viewers, chair, evaluators), { stage });

const award = runAs(recordAwardAction);

async function awardForm(tenderId: string, overrides: Partial<AwardDecisionInput> = {}): Promise<AwardDecisionInput> {
  const loaded = await loadEvaluation(db, viewers.DRAFTER, tenderId);
  if (!loaded.ready) throw new Error("the evaluation should be ready");
  const { evaluation } = loaded;
  const lot = evaluation.result.lots[0]!;
  return {
    tenderId,
    version: evaluation.tender.version,
    fingerprint: evaluation.fingerprint,
    lotKey: "",
    winnerBidId: lot.outcome.kind === "WINNER" ? lot.outcome.bidId : "",
    decidedOn: today,
    reason: "",
    ...overrides,
  };
}

describe("the ranking before and after consensus", () => {
  it("has no panel to speak of before one is formed: the lead hears so, people without a seat on it nothing", async () => {
    const { tender } = await evaluated("OPENED");
    const loaded = await loadEvaluation(db, viewers.DRAFTER, tender.id);
    expect(!loaded.ready && loaded.context.readiness.kind).toBe("NO_PANEL");
    await expect(loadEvaluation(db, chair, tender.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it.each<[EvaluationStage, string]>([
    ["PANEL", "SCORES_PENDING"],
    ["SUBMITTED", "CONSENSUS_PENDING"],
  ])("after %s there is no ranking (%s), for the lead, the chair or an evaluator", async (stage, kind) => {
    const { tender } = await evaluated(stage);
    for (const viewer of [viewers.DRAFTER, chair, evaluators[0]!]) {
      const loaded = await loadEvaluation(db, viewer, tender.id);
      expect(loaded.ready).toBe(false);
      if (!loaded.ready) expect(loaded.context.readiness.kind).toBe(kind);
    }
  });

  it("counts who has submitted while scores are pending", async () => {
    const { tender } = await evaluated("PANEL");
    const loaded = await loadEvaluation(db, viewers.DRAFTER, tender.id);
    expect(!loaded.ready && loaded.context.readiness).toEqual({ kind: "SCORES_PENDING", submitted: 0, expected: 2 });
  });

  it("ranks the bids once consensus is recorded: C 85.6, A 80, B 70 (worked out in the fixture)", async () => {
    const { tender, bids } = await evaluated();
    const [alpha, beta, gamma] = bids;
    for (const viewer of [viewers.DRAFTER, viewers.ADMIN, chair, evaluators[1]!]) {
      const loaded = await loadEvaluation(db, viewer, tender.id);
      expect(loaded.ready).toBe(true);
      if (!loaded.ready) continue;
      const lot = loaded.evaluation.result.lots[0]!;
      expect(lot.ranking.map((entry) => entry.bidId)).toEqual([gamma!.id, alpha!.id, beta!.id]);
      expect(lot.bids.map((bid) => toFixed(bid.totalPoints!))).toEqual(["80.00", "70.00", "85.60"]);
      expect(lot.outcome).toEqual({ kind: "WINNER", bidId: gamma!.id, decidedBy: "TOTAL" });
    }
  });

  it("is not for the OSPO, an evaluator off the panel, or another organisation", async () => {
    const { tender } = await evaluated();
    await expect(loadEvaluation(db, viewers.OSPO, tender.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadEvaluation(db, viewers.EVALUATOR, tender.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadEvaluation(db, viewers.OTHER_DRAFTER, tender.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaves out the scores of an evaluator removed from the panel", async () => {
    const { tender, panel } = await evaluated();
    await db.panelMember.updateMany({
      where: { panelId: panel!.id, userId: evaluators[0]!.userId },
      data: { removedAt: new Date(), removedReason: "Conflict of interest declared late." },
    });
    const loaded = await loadEvaluation(db, viewers.DRAFTER, tender.id);
    expect(loaded.ready).toBe(true);
    if (!loaded.ready) return;
    const evaluatorIds = loaded.evaluation.input.bids.flatMap((bid) =>
      bid.scores.flatMap((entry) => entry.evaluations.map((evaluation) => evaluation.evaluatorId)),
    );
    expect(new Set(evaluatorIds)).toEqual(new Set([evaluators[1]!.userId]));
  });
});

describe("recording the award", () => {
  it("records the top-ranked bid, ends the standstill 10 days later, freezes the evaluation, moves to AWARDED, audited", async () => {
    const { tender, bids } = await evaluated();
    const gamma = bids[2]!;
    const form = await awardForm(tender.id);
    const result = await award(viewers.DRAFTER, form);
    expect(result).toEqual({
      ok: true,
      data: { decisionId: expect.any(String), standstillEndsOn: addDays(today, 10), awarded: true },
    });
    const decision = await db.awardDecision.findFirstOrThrow({ where: { tenderId: tender.id } });
    expect(decision).toMatchObject({ lotKey: "", winnerBidId: gamma.id, decidedById: viewers.DRAFTER.userId });
    expect(decision.standstillEndsOn.toISOString().slice(0, 10)).toBe(addDays(today, 10));
    const frozen = decision.evaluation as { fingerprint: string; lot: { bids: { totalPoints: string }[] } };
    expect(frozen.fingerprint).toBe(form.fingerprint);
    // 85.6 = 428/5, 80 and 70 exactly.
    expect(frozen.lot.bids.map((bid) => bid.totalPoints)).toEqual(["80", "70", "428/5"]);

    const after = await db.tender.findUniqueOrThrow({ where: { id: tender.id } });
    expect(after).toMatchObject({ status: "AWARDED", version: tender.version + 1 });
    const events = await db.auditEvent.findMany({
      where: { OR: [{ entityId: tender.id }, { entityId: decision.id }] },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((event) => [event.action, event.actorEmail])).toEqual([
      ["award.decided", viewers.DRAFTER.email],
      ["tender.status_changed", viewers.DRAFTER.email],
    ]);
    expect(events[0]!.after).toMatchObject({
      winnerBidId: gamma.id,
      winnerRank: 1,
      departsFromRanking: false,
      standstillEndsOn: addDays(today, 10),
    });
    expect(events[1]!.after).toMatchObject({ status: "AWARDED", transition: "award" });
    expect(await db.tenderRevision.count({ where: { tenderId: tender.id, section: "status" } })).toBe(1);

    // Once awarded, nothing more can be decided.
    const again = await award(viewers.DRAFTER, { ...form, version: tender.version + 1 });
    expect(again).toMatchObject({ ok: false, code: "INVALID_STATE", formError: "errors.award.notInEvaluation" });
  });

  it("asks for a reason before another admissible bid wins, then records the departure", async () => {
    const { tender, bids } = await evaluated();
    const alpha = bids[0]!;
    const withoutReason = await award(viewers.DRAFTER, await awardForm(tender.id, { winnerBidId: alpha.id }));
    expect(withoutReason).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: ["validation.award.reasonRequiredForOtherBid"] },
    });
    const reason = "Gamma Software withdrew its bid in writing after the evaluation.";
    const withReason = await award(viewers.DRAFTER, await awardForm(tender.id, { winnerBidId: alpha.id, reason }));
    expect(withReason.ok).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "award.decided", after: { path: ["tenderId"], equals: tender.id } },
    });
    expect(event.after).toMatchObject({ winnerBidId: alpha.id, winnerRank: 2, departsFromRanking: true, reason });
  });

  it("refuses a stale ranking, a date in the future or before the opening, and roles that do not run the procedure", async () => {
    const { tender } = await evaluated();
    const form = await awardForm(tender.id);
    expect(await award(viewers.DRAFTER, { ...form, fingerprint: "0".repeat(64) })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.award.evaluationChanged",
    });
    expect(await award(viewers.DRAFTER, { ...form, decidedOn: addDays(today, 1) })).toMatchObject({
      ok: false,
      fieldErrors: { decidedOn: ["validation.award.decidedOnFuture"] },
    });
    expect(await award(viewers.DRAFTER, { ...form, decidedOn: addDays(today, -30) })).toMatchObject({
      ok: false,
      fieldErrors: { decidedOn: ["validation.award.decidedOnBeforeOpening"] },
    });
    for (const viewer of [chair, evaluators[0]!, viewers.OSPO]) {
      expect(await award(viewer, form)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await award(viewers.OTHER_DRAFTER, form)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.awardDecision.count({ where: { tenderId: tender.id } })).toBe(0);
    expect(await db.tender.findUniqueOrThrow({ where: { id: tender.id } })).toMatchObject({ status: "EVALUATION" });
  });

  it("refuses before consensus is complete", async () => {
    const { tender } = await evaluated("SUBMITTED");
    const result = await award(viewers.DRAFTER, {
      tenderId: tender.id,
      version: tender.version,
      fingerprint: "a".repeat(64),
      lotKey: "",
      winnerBidId: "",
      decidedOn: today,
      reason: "",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
      formError: "errors.evaluationNotReady.CONSENSUS_PENDING",
    });
  });

  it("lets the procurement lead cancel a tender under evaluation, with a reason", async () => {
    const { tender } = await evaluated();
    stubs.viewer = viewers.DRAFTER;
    const input = {
      tenderId: tender.id,
      version: tender.version,
      from: "EVALUATION" as const,
      to: "CANCELLED" as const,
    };
    expect(await changeTenderStatusAction({ ...input, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["validation.statusReasonRequired.cancel"] },
    });
    const cancelled = await changeTenderStatusAction({ ...input, reason: "The budget was withdrawn by the minister." });
    expect(cancelled).toMatchObject({ ok: true, data: { status: "CANCELLED", transition: "cancel" } });
  });
});
