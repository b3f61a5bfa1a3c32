import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { TENDER_TRANSITIONS, type TenderStatus } from "@/lib/domain/tender/tender-status";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";
import { changeTenderStatus } from "./change-tender-status";
import { createTender } from "./create-tender";
import { getTender } from "./get-tender";
import { latestStatusChange } from "./latest-status-change";
import { addReviewComment } from "./review-comments";
import { saveTenderSection } from "./save-tender-section";

// The server action runs for real (validation, permission, transaction, audit events); only the
// session (who is signed in) and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { changeTenderStatusAction } = await import("@/app/(app)/tenders/[tenderId]/review/actions");

const db = connectTestDatabase();
stubs.db = db;
const ROLES = ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"] as const;
const viewers = {} as Record<Role | "OTHER_ADMIN", Viewer>;

const viewerFor = (organisationId: string, roles: Role[]) => createTestViewer(db, organisationId, roles);

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  for (const role of ROLES) viewers[role] = await viewerFor(organisation.id, [role]);
  viewers.OTHER_ADMIN = await viewerFor((await createTestOrganisation(db)).id, ["ADMIN"]);
});

afterAll(() => db.$disconnect());

const ACCESSIBLE_SUMMARY = "Staff collaborate online. The service must meet EN 301 549.";

/** A tender of the first organisation, put straight into a status (as if it had got there). */
async function tenderIn(status: TenderStatus, title = "Collaboration suite") {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title }));
  // Accessibility required in so many words: without it the lock-in linter blocks the submission.
  await db.tender.update({ where: { id: tender.id }, data: { status, summary: ACCESSIBLE_SUMMARY } });
  return tender;
}

const move = (viewer: Viewer, input: Parameters<typeof changeTenderStatus>[2]) =>
  db.$transaction((tx) => changeTenderStatus(tx, viewer, input));

// Who may make each move, written out by hand from the product rules (not derived from the
// domain's table), so that changing the lifecycle has to change this too. Moves that do not
// exist are refused to everyone.
const WHO_MAY: [TenderStatus, TenderStatus, Role[]][] = [
  ["DRAFT", "IN_REVIEW", ["DRAFTER", "ADMIN"]],
  ["IN_REVIEW", "APPROVED", ["OSPO", "ADMIN"]],
  ["IN_REVIEW", "DRAFT", ["OSPO", "ADMIN"]],
  ["APPROVED", "PUBLISHED", ["DRAFTER", "ADMIN"]],
  ["APPROVED", "DRAFT", ["DRAFTER", "OSPO", "ADMIN"]],
  ["DRAFT", "CANCELLED", ["DRAFTER", "ADMIN"]],
  ["IN_REVIEW", "CANCELLED", ["DRAFTER", "ADMIN"]],
  ["APPROVED", "CANCELLED", ["DRAFTER", "ADMIN"]],
  ["PUBLISHED", "CANCELLED", ["DRAFTER", "ADMIN"]],
  ["EVALUATION", "CANCELLED", ["DRAFTER", "ADMIN"]],
  ["DRAFT", "APPROVED", []],
  ["DRAFT", "PUBLISHED", []],
  ["IN_REVIEW", "PUBLISHED", []],
  ["PUBLISHED", "DRAFT", []],
  ["PUBLISHED", "APPROVED", []],
  ["CANCELLED", "DRAFT", []],
];

describe("changing a tender's status", () => {
  it("covers every move of the lifecycle in the table below", () => {
    const existing = WHO_MAY.filter(([, , roles]) => roles.length > 0).map(([from, to]) => `${from}→${to}`);
    expect(existing.sort()).toEqual(TENDER_TRANSITIONS.map((t) => `${t.from}→${t.to}`).sort());
  });

  const cases = WHO_MAY.flatMap(([from, to, allowed]) =>
    ROLES.map((role) => {
      const exists = TENDER_TRANSITIONS.some((t) => t.from === from && t.to === to);
      // Evaluators do not see drafts at all; others are refused the move or told it does not exist.
      const outcome = allowed.includes(role)
        ? "ok"
        : role === "EVALUATOR"
          ? "NOT_FOUND"
          : exists
            ? "FORBIDDEN"
            : "INVALID_STATE";
      return { from, to, role, outcome };
    }),
  );

  it.each(cases)("$from → $to by $role: $outcome", async ({ from, to, role, outcome }) => {
    const tender = await tenderIn(from);
    const attempt = move(viewers[role], { tenderId: tender.id, version: 0, to, reason: "Stated reason." });
    if (outcome === "ok") {
      const { before, after } = await attempt;
      expect([before.status, after.status, after.version]).toEqual([from, to, 1]);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: outcome });
      expect(await db.tender.findUniqueOrThrow({ where: { id: tender.id } })).toMatchObject({
        status: from,
        version: 0,
      });
    }
  });

  it.each<[TenderStatus, TenderStatus, Role, string | null, string]>([
    ["IN_REVIEW", "DRAFT", "OSPO", null, "validation.statusReasonRequired.requestChanges"],
    ["IN_REVIEW", "DRAFT", "OSPO", "   ", "validation.statusReasonRequired.requestChanges"],
    ["APPROVED", "DRAFT", "DRAFTER", "", "validation.statusReasonRequired.reopen"],
    ["PUBLISHED", "CANCELLED", "ADMIN", null, "validation.statusReasonRequired.cancel"],
  ])("%s → %s by %s without a reason (%j) is refused", async (from, to, role, reason, messageKey) => {
    const tender = await tenderIn(from);
    await expect(move(viewers[role], { tenderId: tender.id, version: 0, to, reason })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "reason",
      messageKey,
    });
  });

  it("needs no reason for the moves that do not ask for one", async () => {
    const tender = await tenderIn("DRAFT");
    const { reason, after } = await move(viewers.DRAFTER, { tenderId: tender.id, version: 0, to: "CANCELLED" });
    expect([reason, after.status]).toEqual([null, "CANCELLED"]);
  });

  it("refuses a stale version, and lets only one of two simultaneous moves through", async () => {
    const tender = await tenderIn("DRAFT");
    await move(viewers.DRAFTER, { tenderId: tender.id, version: 0, to: "IN_REVIEW" });
    await expect(move(viewers.DRAFTER, { tenderId: tender.id, version: 0, to: "CANCELLED" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.tenderStatusChangedMeanwhile",
    });
    // The status the page showed must still be the tender's.
    await expect(
      move(viewers.OSPO, { tenderId: tender.id, version: 1, from: "DRAFT", to: "APPROVED" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const outcomes = await Promise.allSettled([
      move(viewers.OSPO, { tenderId: tender.id, version: 1, to: "APPROVED" }),
      move(viewers.ADMIN, { tenderId: tender.id, version: 1, to: "DRAFT", reason: "Add the exit plan." }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).version).toBe(2);
  });

  it("answers NOT_FOUND for another organisation's tender, whatever the roles there", async () => {
    const tender = await tenderIn("IN_REVIEW");
    await expect(move(viewers.OTHER_ADMIN, { tenderId: tender.id, version: 0, to: "APPROVED" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(move(viewers.ADMIN, { tenderId: "no-such-tender", version: 0, to: "APPROVED" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });

  it("takes a tender through the review to publication, a revision at each step, then freezes it", async () => {
    const tender = await tenderIn("DRAFT");
    const id = tender.id;
    const SUMMARY = "Documents in ODF. The service must meet EN 301 549.";
    await move(viewers.DRAFTER, { tenderId: id, version: 0, to: "IN_REVIEW" });
    await move(viewers.OSPO, { tenderId: id, version: 1, to: "DRAFT", reason: "Name the open standards." });
    await db.$transaction((tx) =>
      saveTenderSection(tx, viewers.DRAFTER, {
        tenderId: id,
        version: 2,
        section: "about",
        data: { summary: SUMMARY },
      }),
    );
    await move(viewers.DRAFTER, { tenderId: id, version: 3, to: "IN_REVIEW" });
    await move(viewers.OSPO, { tenderId: id, version: 4, to: "APPROVED" });
    const published = await move(viewers.DRAFTER, { tenderId: id, version: 5, to: "PUBLISHED" });
    expect(published.after).toMatchObject({ status: "PUBLISHED", version: 6, summary: SUMMARY });

    const revisions = await db.tenderRevision.findMany({ where: { tenderId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((revision) => [revision.version, revision.section])).toEqual([
      [0, "created"],
      [1, "status"],
      [2, "status"],
      [3, "about"],
      [4, "status"],
      [5, "status"],
      [6, "status"],
    ]);

    // Published is frozen: a section is saved only as a corrigendum, with a reason (see
    // corrigendum.integration.test.ts), no comment added, no move but cancelling.
    await expect(
      db.$transaction((tx) =>
        saveTenderSection(tx, viewers.ADMIN, { tenderId: id, version: 6, section: "about", data: { title: "X" } }),
      ),
    ).rejects.toMatchObject({ code: "VALIDATION", field: "corrigendumReason" });
    await expect(
      db.$transaction((tx) => addReviewComment(tx, viewers.OSPO, { tenderId: id, section: "about", body: "Late." })),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    for (const to of ["DRAFT", "APPROVED", "IN_REVIEW"] as const) {
      await expect(move(viewers.ADMIN, { tenderId: id, version: 6, to, reason: "Undo" })).rejects.toMatchObject({
        code: "INVALID_STATE",
      });
    }
    expect(await getTender(db, viewers.DRAFTER, id)).toMatchObject({
      status: "PUBLISHED",
      version: 6,
      title: tender.title,
    });
  });
});

describe("the status change action", () => {
  it("records tender.status_changed with the statuses and the reason, in the viewer's organisation", async () => {
    const tender = await tenderIn("IN_REVIEW");
    stubs.viewer = viewers.OSPO;
    const result = await changeTenderStatusAction({
      tenderId: tender.id,
      version: 0,
      from: "IN_REVIEW",
      to: "DRAFT",
      reason: "  Add an exit plan and the data formats.  ",
    });
    expect(result).toEqual({ ok: true, data: { status: "DRAFT", version: 1, transition: "requestChanges" } });
    const events = await db.auditEvent.findMany({ where: { entityType: "Tender", entityId: tender.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "tender.status_changed",
      actorId: viewers.OSPO.userId,
      organisationId: viewers.OSPO.organisation.id,
      before: { status: "IN_REVIEW", version: 0 },
      after: {
        status: "DRAFT",
        version: 1,
        transition: "requestChanges",
        reason: "Add an exit plan and the data formats.",
      },
    });
    // The drafter's task list reads the reason back from the trail.
    expect(await latestStatusChange(db, viewers.DRAFTER, tender.id)).toMatchObject({
      transition: "requestChanges",
      reason: "Add an exit plan and the data formats.",
      actorName: viewers.OSPO.name,
    });
    expect(await latestStatusChange(db, viewers.OTHER_ADMIN, tender.id)).toBeNull();
  });

  it("changes nothing and records nothing when the move is refused or the input is invalid", async () => {
    const tender = await tenderIn("IN_REVIEW");
    stubs.viewer = viewers.DRAFTER;
    const refused = await changeTenderStatusAction({
      tenderId: tender.id,
      version: 0,
      from: "IN_REVIEW",
      to: "APPROVED",
    });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", formError: "errors.tenderStatus.notPermitted" });
    stubs.viewer = viewers.OSPO;
    const noReason = await changeTenderStatusAction({
      tenderId: tender.id,
      version: 0,
      from: "IN_REVIEW",
      to: "DRAFT",
    });
    expect(noReason).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: ["validation.statusReasonRequired.requestChanges"] },
    });
    stubs.viewer = viewers.EVALUATOR;
    expect(
      await changeTenderStatusAction({ tenderId: tender.id, version: 0, from: "IN_REVIEW", to: "APPROVED" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.auditEvent.count({ where: { entityType: "Tender", entityId: tender.id } })).toBe(0);
    expect(await db.tender.findUniqueOrThrow({ where: { id: tender.id } })).toMatchObject({
      status: "IN_REVIEW",
      version: 0,
    });
  });
});
