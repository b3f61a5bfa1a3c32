import { describe, expect, it, vi } from "vitest";
import { calendarDayAt } from "@/lib/domain/bids/opening";
import { addDays } from "@/lib/domain/tender/calendar-date";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import type { PanelInput } from "@/lib/schemas/evaluation";
import { readBidAccess } from "@/lib/server/bids/bid-access";
import { createPublishedTender, insertSealedBid, markBidsOpened } from "@/scripts/testing/bid-fixtures";
import { evaluationCastForFile } from "@/scripts/testing/evaluation-suite";
import { insertScore, openedTenderFor } from "@/scripts/testing/panel-fixtures";
import { connectTestDatabase } from "@/scripts/testing/test-database";

// The procurement lead sets up the panel: who, and the settings; locked once scoring started.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { savePanelAction } = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");

const db = connectTestDatabase();
stubs.db = db;
const cast = evaluationCastForFile(db);

const save = (viewer: Viewer, input: PanelInput) => {
  stubs.viewer = viewer;
  return savePanelAction(input);
};

function panelInput(tenderId: string, overrides: Partial<PanelInput> = {}): PanelInput {
  return {
    tenderId,
    panelId: "",
    version: 0,
    chairUserId: cast.chair.userId,
    evaluatorUserIds: cast.evaluators.map((evaluator) => evaluator.userId),
    pricesHiddenUntilSubmitted: "true",
    blindMode: "false",
    disagreementThresholdPercent: "30",
    scoringDeadline: "",
    ...overrides,
  };
}

describe("setting up the panel", () => {
  it.each(["DRAFTER", "ADMIN"] as const)("is done by a %s, with the settings, and audited", async (who) => {
    const { tender } = await openedTenderFor(db, cast);
    const deadline = addDays(calendarDayAt(new Date()), 14);
    const result = await save(
      cast.roles[who],
      panelInput(tender.id, { blindMode: "true", disagreementThresholdPercent: "25", scoringDeadline: deadline }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 0 } });
    const panel = await db.evaluationPanel.findUniqueOrThrow({
      where: { tenderId: tender.id },
      include: { members: true },
    });
    expect(panel).toMatchObject({
      pricesHiddenUntilSubmitted: true,
      blindMode: true,
      disagreementThresholdPercent: 25,
    });
    expect(panel.scoringDeadline?.toISOString().slice(0, 10)).toBe(deadline);
    expect(panel.members.map((member) => [member.userId, member.panelRole]).sort()).toEqual(
      [[cast.chair.userId, "CHAIR"], ...cast.evaluators.map((evaluator) => [evaluator.userId, "EVALUATOR"])].sort(),
    );
    const [event] = await db.auditEvent.findMany({
      where: { entityId: tender.id, action: "evaluation.panel_created" },
    });
    expect(event).toMatchObject({
      actorEmail: cast.roles[who].email,
      after: { chair: cast.chair.email, blindMode: true, disagreementThresholdPercent: 25, scoringDeadline: deadline },
    });
  });

  it("is not for evaluators or the OSPO, nor for another organisation", async () => {
    const { tender } = await openedTenderFor(db, cast);
    for (const who of ["EVALUATOR", "OSPO"] as const) {
      expect(await save(cast.roles[who], panelInput(tender.id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await save(cast.roles.OTHER_DRAFTER, panelInput(tender.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.evaluationPanel.count({ where: { tenderId: tender.id } })).toBe(0);
  });

  it("takes only members with the evaluator role, one chair and at least two evaluators", async () => {
    const { tender } = await openedTenderFor(db, cast);
    expect(
      await save(cast.roles.DRAFTER, panelInput(tender.id, { chairUserId: cast.roles.OSPO.userId })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { chairUserId: ["validation.evaluation.notACandidate"] },
    });
    expect(
      await save(cast.roles.DRAFTER, panelInput(tender.id, { evaluatorUserIds: [cast.evaluators[0].userId] })),
    ).toMatchObject({ ok: false, fieldErrors: { evaluatorUserIds: ["validation.evaluation.tooFewEvaluators"] } });
    expect(
      await save(
        cast.roles.DRAFTER,
        panelInput(tender.id, { evaluatorUserIds: [cast.evaluators[0].userId, cast.roles.OTHER_DRAFTER.userId] }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { evaluatorUserIds: ["validation.evaluation.notACandidate"] } });
    expect(await save(cast.roles.DRAFTER, panelInput(tender.id, { disagreementThresholdPercent: "0" }))).toMatchObject({
      ok: false,
      fieldErrors: { disagreementThresholdPercent: ["validation.evaluation.thresholdInvalid"] },
    });
    expect(
      await save(
        cast.roles.DRAFTER,
        panelInput(tender.id, { scoringDeadline: addDays(calendarDayAt(new Date()), -1) }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { scoringDeadline: ["validation.evaluation.deadlineInPast"] } });
    expect(await db.evaluationPanel.count({ where: { tenderId: tender.id } })).toBe(0);
  });

  it("refuses a save from a stale form, and locks members and settings once scoring has started", async () => {
    const { tender, bids } = await openedTenderFor(db, cast);
    const created = await save(cast.roles.DRAFTER, panelInput(tender.id));
    const panelId = created.ok ? created.data.panelId : "";
    // Two leads at once: the second, working from no panel, is told it changed meanwhile.
    expect(await save(cast.roles.ADMIN, panelInput(tender.id))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.evaluation.panelChangedMeanwhile",
    });
    // Before scoring, anything may change.
    const swapped = [cast.evaluators[0].userId, cast.evaluators[1].userId];
    expect(
      await save(cast.roles.DRAFTER, panelInput(tender.id, { panelId, version: 0, evaluatorUserIds: swapped })),
    ).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await db.panelMember.count({ where: { panelId } })).toBe(3);

    const member = await db.panelMember.findFirstOrThrow({ where: { panelId, userId: cast.evaluators[0].userId } });
    await insertScore(db, member.id, bids[0]!.id, "functional", 3);
    const locked = { panelId, version: 1, evaluatorUserIds: swapped };
    expect(
      await save(
        cast.roles.DRAFTER,
        panelInput(tender.id, { ...locked, evaluatorUserIds: [...swapped, cast.evaluators[2].userId] }),
      ),
    ).toMatchObject({ ok: false, code: "INVALID_STATE", formError: "errors.evaluation.panelLocked.members" });
    expect(await save(cast.roles.DRAFTER, panelInput(tender.id, { ...locked, blindMode: "true" }))).toMatchObject({
      ok: false,
      formError: "errors.evaluation.panelLocked.settings",
    });
    // The deadline may still move.
    const later = addDays(calendarDayAt(new Date()), 30);
    expect(await save(cast.roles.DRAFTER, panelInput(tender.id, { ...locked, scoringDeadline: later }))).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(await db.panelMember.count({ where: { panelId } })).toBe(3);
  });
});

describe("a panel set up before the opening", () => {
  // docs/evaluation-panel.md, "Who sees what, when", note 2: the way to make sure no evaluator
  // reads an opened bid without a declaration.
  it("is possible while the tender is published, and from the opening on keeps every bid from evaluators without a declaration", async () => {
    const tender = await createPublishedTender(db, cast.roles.DRAFTER.organisation.id);
    await insertSealedBid(db, tender.id);
    expect(await save(cast.roles.DRAFTER, panelInput(tender.id))).toMatchObject({ ok: true });
    await markBidsOpened(db, tender.id, cast.roles.DRAFTER.userId, cast.roles.ADMIN.userId);
    expect(await readBidAccess(db, cast.outsider, tender.id)).toEqual({ kind: "REFUSED", reason: "notOnPanel" });
    expect(await readBidAccess(db, cast.evaluators[0], tender.id)).toEqual({
      kind: "REFUSED",
      reason: "declarationToSign",
    });
  });
});
