import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/domain/roles";
import type { TenderStatus } from "@/lib/domain/tender/tender-status";
import type { TenderSection } from "@/lib/domain/tender/tender-tasks";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";
import { changeTenderStatus } from "./change-tender-status";
import { createTender } from "./create-tender";
import { listReviewQueue } from "./list-review-queue";
import { addReviewComment, listReviewComments, resolveReviewComment } from "./review-comments";

// The server actions run for real; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { addReviewCommentAction, resolveReviewCommentAction } =
  await import("@/app/(app)/tenders/[tenderId]/review/actions");

const db = connectTestDatabase();
stubs.db = db;
const ROLES = ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"] as const;
const viewers = {} as Record<Role | "OTHER_OSPO" | "OTHER_DRAFTER", Viewer>;

const viewerFor = (organisationId: string, roles: Role[]) => createTestViewer(db, organisationId, roles);

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  for (const role of ROLES) viewers[role] = await viewerFor(organisation.id, [role]);
  const other = await createTestOrganisation(db);
  viewers.OTHER_OSPO = await viewerFor(other.id, ["OSPO"]);
  viewers.OTHER_DRAFTER = await viewerFor(other.id, ["DRAFTER"]);
});

afterAll(() => db.$disconnect());

async function tenderIn(status: TenderStatus, title = "Document management") {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title }));
  // Accessibility required in so many words: without it the lock-in linter blocks the submission.
  const summary = "Documents of the ministry, kept for ten years. The service must meet EN 301 549.";
  await db.tender.update({ where: { id: tender.id }, data: { status, summary } });
  return tender;
}

const comment = (viewer: Viewer, tenderId: string, body = "Name the open formats.", section: TenderSection = "about") =>
  db.$transaction((tx) => addReviewComment(tx, viewer, { tenderId, section, body }));
const resolve = (viewer: Viewer, tenderId: string, commentId: string) =>
  db.$transaction((tx) => resolveReviewComment(tx, viewer, { tenderId, commentId }));

describe("review comments", () => {
  it.each<[Role, TenderStatus, string]>([
    ["OSPO", "IN_REVIEW", "ok"],
    ["ADMIN", "IN_REVIEW", "ok"],
    ["DRAFTER", "IN_REVIEW", "FORBIDDEN"],
    ["EVALUATOR", "IN_REVIEW", "FORBIDDEN"],
    ["OSPO", "DRAFT", "INVALID_STATE"],
    ["OSPO", "APPROVED", "INVALID_STATE"],
    ["ADMIN", "PUBLISHED", "INVALID_STATE"],
    ["ADMIN", "CANCELLED", "INVALID_STATE"],
  ])("a %s commenting on a %s tender: %s", async (role, status, outcome) => {
    const tender = await tenderIn(status);
    const attempt = comment(viewers[role], tender.id);
    if (outcome === "ok") {
      await expect(attempt).resolves.toMatchObject({
        comment: { section: "about", body: "Name the open formats.", authorName: viewers[role].name, resolvedAt: null },
      });
    } else {
      await expect(attempt).rejects.toMatchObject({ code: outcome });
      expect(await db.reviewComment.count({ where: { tenderId: tender.id } })).toBe(0);
    }
  });

  it("keeps another organisation out: NOT_FOUND to comment or resolve, nothing listed", async () => {
    const tender = await tenderIn("IN_REVIEW");
    await expect(comment(viewers.OTHER_OSPO, tender.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { comment: added } = await comment(viewers.OSPO, tender.id);
    await expect(resolve(viewers.OTHER_DRAFTER, tender.id, added.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listReviewComments(db, viewers.OTHER_OSPO, tender.id)).toEqual([]);
    // A comment is resolved only through its own tender.
    const otherTender = await tenderIn("DRAFT", "Other");
    await expect(resolve(viewers.DRAFTER, otherTender.id, added.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each<[Role, TenderStatus, string]>([
    ["DRAFTER", "DRAFT", "ok"],
    ["ADMIN", "DRAFT", "ok"],
    ["DRAFTER", "APPROVED", "ok"],
    ["OSPO", "DRAFT", "FORBIDDEN"],
    ["EVALUATOR", "DRAFT", "FORBIDDEN"],
    ["DRAFTER", "PUBLISHED", "INVALID_STATE"],
    ["ADMIN", "CANCELLED", "INVALID_STATE"],
  ])("a %s resolving a comment on a %s tender: %s", async (role, status, outcome) => {
    const tender = await tenderIn("IN_REVIEW");
    const { comment: added } = await comment(viewers.OSPO, tender.id);
    await db.tender.update({ where: { id: tender.id }, data: { status } });
    const attempt = resolve(viewers[role], tender.id, added.id);
    if (outcome === "ok") {
      const { comment: resolved } = await attempt;
      expect(resolved.resolvedAt).toBeInstanceOf(Date);
      expect(await db.reviewComment.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
        resolvedById: viewers[role].userId,
      });
    } else {
      await expect(attempt).rejects.toMatchObject({ code: outcome });
      expect((await db.reviewComment.findUniqueOrThrow({ where: { id: added.id } })).resolvedAt).toBeNull();
    }
  });

  it("resolves a comment once: the second of two attempts gets a conflict", async () => {
    const tender = await tenderIn("IN_REVIEW");
    const { comment: added } = await comment(viewers.OSPO, tender.id);
    await db.tender.update({ where: { id: tender.id }, data: { status: "DRAFT" } });
    const outcomes = await Promise.allSettled([
      resolve(viewers.DRAFTER, tender.id, added.id),
      resolve(viewers.ADMIN, tender.id, added.id),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT", messageKey: "errors.reviewCommentResolvedMeanwhile" },
    });
  });

  it("lists comments per section, open or all, oldest first; the queue shows open counts", async () => {
    const tender = await tenderIn("DRAFT", "Queue candidate");
    await db.$transaction((tx) =>
      changeTenderStatus(tx, viewers.DRAFTER, { tenderId: tender.id, version: 0, to: "IN_REVIEW" }),
    );
    const first = (await comment(viewers.OSPO, tender.id, "First on about")).comment;
    await comment(viewers.OSPO, tender.id, "On the procedure", "procedure");
    await comment(viewers.ADMIN, tender.id, "Second on about");
    await resolve(viewers.DRAFTER, tender.id, first.id);

    const all = await listReviewComments(db, viewers.DRAFTER, tender.id);
    expect(all.map((c) => [c.section, c.body, c.resolvedAt !== null])).toEqual([
      ["about", "First on about", true],
      ["procedure", "On the procedure", false],
      ["about", "Second on about", false],
    ]);
    const openOnAbout = await listReviewComments(db, viewers.DRAFTER, tender.id, { section: "about", open: true });
    expect(openOnAbout.map((c) => c.body)).toEqual(["Second on about"]);

    const queue = await listReviewQueue(db, viewers.OSPO);
    expect(queue.find((item) => item.id === tender.id)).toMatchObject({
      openCommentCount: 2,
      title: "Queue candidate",
    });
    expect(queue.every((item) => item.id !== undefined)).toBe(true);
    expect(await listReviewQueue(db, viewers.OTHER_OSPO)).toEqual([]);
    expect(await listReviewQueue(db, viewers.DRAFTER)).toEqual([]);
    const draft = await tenderIn("DRAFT", "Not in review");
    expect((await listReviewQueue(db, viewers.ADMIN)).map((item) => item.id)).not.toContain(draft.id);
  });
});

describe("the review comment actions", () => {
  it("record tender.review_comment_added and tender.review_comment_resolved", async () => {
    const tender = await tenderIn("IN_REVIEW");
    stubs.viewer = viewers.OSPO;
    const added = await addReviewCommentAction({
      tenderId: tender.id,
      section: "procedure",
      body: " Justify Art. 32. ",
    });
    expect(added.ok).toBe(true);
    const commentId = added.ok ? added.data.commentId : "";
    await db.tender.update({ where: { id: tender.id }, data: { status: "DRAFT" } });
    stubs.viewer = viewers.DRAFTER;
    expect(await resolveReviewCommentAction({ tenderId: tender.id, commentId })).toEqual({
      ok: true,
      data: { commentId },
    });

    const events = await db.auditEvent.findMany({
      where: { entityType: "Tender", entityId: tender.id },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((event) => [event.action, event.actorId, event.organisationId])).toEqual([
      ["tender.review_comment_added", viewers.OSPO.userId, viewers.OSPO.organisation.id],
      ["tender.review_comment_resolved", viewers.DRAFTER.userId, viewers.DRAFTER.organisation.id],
    ]);
    expect(events[0]!.after).toEqual({ commentId, section: "procedure", body: "Justify Art. 32." });
    expect(events[1]).toMatchObject({
      before: { commentId, section: "procedure", resolvedAt: null },
      after: { commentId, section: "procedure" },
    });
  });

  it("refuse through the wrapper: validation, permission, and nothing recorded", async () => {
    const tender = await tenderIn("IN_REVIEW");
    stubs.viewer = viewers.OSPO;
    expect(await addReviewCommentAction({ tenderId: tender.id, section: "about", body: "   " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { body: ["validation.commentRequired"] },
    });
    expect(
      await addReviewCommentAction({ tenderId: tender.id, section: "no-such-section" as "about", body: "Hi" }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    stubs.viewer = viewers.DRAFTER;
    expect(await addReviewCommentAction({ tenderId: tender.id, section: "about", body: "Self-review" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    stubs.viewer = null;
    expect(await resolveReviewCommentAction({ tenderId: tender.id, commentId: "x" })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await db.auditEvent.count({ where: { entityType: "Tender", entityId: tender.id } })).toBe(0);
  });
});
