import { describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/domain/tender/calendar-date";
import type { TenderStatus } from "@/lib/domain/tender/tender-status";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createTender } from "./create-tender";
import { actionTestSession } from "@/scripts/testing/action-session";

// The section actions run for real (validation, permission, transaction, audit events); only the
// session (who is signed in) and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { saveAboutAction, saveTimelineAction } = await import("@/app/(app)/tenders/[tenderId]/actions");

const { db, viewers } = actionTestSession(stubs);

// Dates around the day the test runs: the deadline rules compare with today.
const today = new Date().toISOString().slice(0, 10);
const TIMELINE = {
  publicationDate: addDays(today, -10),
  requestsDeadline: "",
  invitationDate: "",
  clarificationDeadline: addDays(today, 20),
  tenderDeadline: addDays(today, 30),
  openingDate: addDays(today, 31),
};
const REASON = "Candidates asked for more time to describe the migration of the existing case files.";

/** A tender of the first organisation in `status`, with a timeline, at version 0. */
async function tenderIn(status: TenderStatus) {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Case management system" }));
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  await db.tender.update({
    where: { id: tender.id },
    data: {
      status,
      summary: "A system for 60,000 cases a year.",
      contractNature: "SERVICES",
      procedureType: "OPEN",
      publicationDate: day(TIMELINE.publicationDate),
      clarificationDeadline: day(TIMELINE.clarificationDeadline),
      tenderDeadline: day(TIMELINE.tenderDeadline),
      openingDate: day(TIMELINE.openingDate),
    },
  });
  return tender;
}

function as(viewer: Viewer) {
  stubs.viewer = viewer;
}

const about = (tender: { id: string; reference: string }, version: number, extra: Record<string, unknown> = {}) => ({
  tenderId: tender.id,
  version,
  reference: tender.reference,
  title: "Case management system",
  summary: "A system for 60,000 cases a year, released under EUPL-1.2.",
  contractNature: "SERVICES" as const,
  documentsLanguage: "en" as const,
  ...extra,
});

const timeline = (tenderId: string, version: number, extra: Record<string, unknown> = {}) => ({
  tenderId,
  version,
  ...TIMELINE,
  ...extra,
});

const corrigendaOf = (tenderId: string) =>
  db.tenderCorrigendum.findMany({ where: { tenderId }, orderBy: { number: "asc" } });
const eventsOf = (tenderId: string, action: string) =>
  db.auditEvent.findMany({ where: { entityId: tenderId, action }, orderBy: { occurredAt: "asc" } });

describe("corrigenda after publication", () => {
  it("refuses a change to a published tender without a reason, and changes nothing", async () => {
    const tender = await tenderIn("PUBLISHED");
    as(viewers.DRAFTER);
    for (const corrigendumReason of [undefined, "", "   "]) {
      expect(await saveAboutAction(about(tender, 0, { corrigendumReason }))).toEqual({
        ok: false,
        code: "VALIDATION",
        formError: "validation.corrigendumReasonRequired",
        fieldErrors: { corrigendumReason: ["validation.corrigendumReasonRequired"] },
      });
    }
    expect(await db.tender.findUniqueOrThrow({ where: { id: tender.id } })).toMatchObject({
      version: 0,
      summary: "A system for 60,000 cases a year.",
    });
    expect(await corrigendaOf(tender.id)).toEqual([]);
  });

  it("issues numbered corrigenda that keep only the changed fields, with a revision and an audit event", async () => {
    const tender = await tenderIn("PUBLISHED");
    as(viewers.DRAFTER);
    const extended = { tenderDeadline: addDays(today, 37), openingDate: addDays(today, 38) };
    const first = await saveTimelineAction(timeline(tender.id, 0, { ...extended, corrigendumReason: ` ${REASON} ` }));
    expect(first).toEqual({ ok: true, data: { version: 1 } });

    const stored = await db.tender.findUniqueOrThrow({ where: { id: tender.id } });
    expect(stored.status).toBe("PUBLISHED");
    expect(stored.tenderDeadline?.toISOString().slice(0, 10)).toBe(extended.tenderDeadline);
    const [corrigendum] = await corrigendaOf(tender.id);
    expect(corrigendum).toMatchObject({
      number: 1,
      section: "timeline",
      reason: REASON,
      authorId: viewers.DRAFTER.userId,
      before: { tenderDeadline: TIMELINE.tenderDeadline, openingDate: TIMELINE.openingDate },
      after: extended,
    });
    // Only what changed: the publication date and the answers to questions stayed as they were.
    expect(Object.keys(corrigendum!.after as object).sort()).toEqual(["openingDate", "tenderDeadline"]);
    const revision = await db.tenderRevision.findUniqueOrThrow({
      where: { tenderId_version: { tenderId: tender.id, version: 1 } },
    });
    expect(revision.section).toBe("corrigendum");
    const [event] = await eventsOf(tender.id, "tender.corrigendum_issued");
    expect(event).toMatchObject({
      actorId: viewers.DRAFTER.userId,
      before: { section: "timeline", tenderDeadline: TIMELINE.tenderDeadline, openingDate: TIMELINE.openingDate },
      after: { section: "timeline", version: 1, number: 1, reason: REASON, ...extended },
    });
    expect(await eventsOf(tender.id, "tender.section_saved")).toEqual([]);

    const second = await saveAboutAction(
      about({ id: tender.id, reference: stored.reference }, 1, { corrigendumReason: "EUPL-1.2 was missing." }),
    );
    expect(second).toEqual({ ok: true, data: { version: 2 } });
    expect((await corrigendaOf(tender.id)).map((c) => [c.number, c.section, c.after])).toEqual([
      [1, "timeline", extended],
      [2, "about", { summary: "A system for 60,000 cases a year, released under EUPL-1.2." }],
    ]);
  });

  it("lets administrators issue one; not the OSPO, evaluators or another organisation", async () => {
    const tender = await tenderIn("PUBLISHED");
    const input = about(tender, 0, { corrigendumReason: REASON });
    as(viewers.OSPO);
    expect(await saveAboutAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as(viewers.EVALUATOR);
    expect(await saveAboutAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as(viewers.OTHER_DRAFTER);
    expect(await saveAboutAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await corrigendaOf(tender.id)).toEqual([]);
    as(viewers.ADMIN);
    expect(await saveAboutAction(input)).toEqual({ ok: true, data: { version: 1 } });
    expect(await corrigendaOf(tender.id)).toMatchObject([{ number: 1, authorId: viewers.ADMIN.userId }]);
  });

  it("refuses a corrigendum on an old version, and lets only one of two simultaneous ones through", async () => {
    const tender = await tenderIn("PUBLISHED");
    as(viewers.DRAFTER);
    const outcomes = await Promise.all([
      saveAboutAction(about(tender, 0, { summary: "First change.", corrigendumReason: REASON })),
      saveAboutAction(about(tender, 0, { summary: "Second change.", corrigendumReason: REASON })),
    ]);
    expect(outcomes.map((outcome) => outcome.ok).sort()).toEqual([false, true]);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({
      code: "CONFLICT",
      formError: "errors.tenderChangedMeanwhile",
    });
    expect(await saveAboutAction(about(tender, 0, { summary: "Stale.", corrigendumReason: REASON }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const stored = await db.tender.findUniqueOrThrow({ where: { id: tender.id } });
    expect(stored.version).toBe(1);
    expect(["First change.", "Second change."]).toContain(stored.summary);
    expect((await corrigendaOf(tender.id)).map((c) => c.number)).toEqual([1]);

    // The next one, on the current version, is number 2.
    const next = await saveAboutAction(about(tender, 1, { summary: "Third change.", corrigendumReason: REASON }));
    expect(next).toEqual({ ok: true, data: { version: 2 } });
    expect((await corrigendaOf(tender.id)).map((c) => c.number)).toEqual([1, 2]);
  });

  it.each([
    [
      "brings the deadline forward",
      { tenderDeadline: addDays(today, 29) },
      "validation.corrigendum.deadlineBroughtForward",
    ],
    ["removes the deadline", { tenderDeadline: "" }, "validation.corrigendum.deadlineRemoved"],
  ])("refuses a corrigendum that %s", async (_case, change, message) => {
    const tender = await tenderIn("PUBLISHED");
    as(viewers.DRAFTER);
    expect(await saveTimelineAction(timeline(tender.id, 0, { ...change, corrigendumReason: REASON }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { tenderDeadline: [message] },
    });
    expect(await db.tender.findUniqueOrThrow({ where: { id: tender.id } })).toMatchObject({ version: 0 });
    expect(await corrigendaOf(tender.id)).toEqual([]);
  });

  it("refuses a deadline moved into the past, and a corrigendum that changes nothing", async () => {
    const tender = await tenderIn("PUBLISHED");
    await db.tender.update({
      where: { id: tender.id },
      data: { tenderDeadline: new Date(`${addDays(today, -5)}T00:00:00Z`) },
    });
    as(viewers.DRAFTER);
    const past = {
      clarificationDeadline: addDays(today, -9),
      tenderDeadline: addDays(today, -2),
      openingDate: addDays(today, -1),
    };
    expect(await saveTimelineAction(timeline(tender.id, 0, { ...past, corrigendumReason: REASON }))).toMatchObject({
      ok: false,
      fieldErrors: { tenderDeadline: ["validation.corrigendum.deadlineInPast"] },
    });
    expect(
      await saveAboutAction(
        about(tender, 0, { summary: "A system for 60,000 cases a year.", corrigendumReason: REASON }),
      ),
    ).toMatchObject({ ok: false, code: "VALIDATION", formError: "errors.corrigendumChangesNothing", fieldErrors: {} });
    expect(await corrigendaOf(tender.id)).toEqual([]);
  });

  it.each<TenderStatus>(["IN_REVIEW", "APPROVED", "CANCELLED"])(
    "refuses any change to a tender %s, even with a reason",
    async (status) => {
      const tender = await tenderIn(status);
      as(viewers.ADMIN);
      expect(await saveAboutAction(about(tender, 0, { corrigendumReason: REASON }))).toMatchObject({
        ok: false,
        code: "INVALID_STATE",
        formError: "errors.tenderNotEditable",
      });
      expect(await corrigendaOf(tender.id)).toEqual([]);
    },
  );

  it("saves a draft as usual and ignores a reason sent with it", async () => {
    const tender = await tenderIn("DRAFT");
    as(viewers.DRAFTER);
    expect(await saveAboutAction(about(tender, 0, { corrigendumReason: REASON }))).toEqual({
      ok: true,
      data: { version: 1 },
    });
    expect(await corrigendaOf(tender.id)).toEqual([]);
    expect(await eventsOf(tender.id, "tender.corrigendum_issued")).toEqual([]);
    const [event] = await eventsOf(tender.id, "tender.section_saved");
    expect(event?.after).not.toHaveProperty("reason");
    const revision = await db.tenderRevision.findUniqueOrThrow({
      where: { tenderId_version: { tenderId: tender.id, version: 1 } },
    });
    expect(revision.section).toBe("about");
  });
});
