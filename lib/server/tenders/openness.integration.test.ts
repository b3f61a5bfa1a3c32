import { describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/domain/roles";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { changeTenderStatus } from "./change-tender-status";
import { createTender } from "./create-tender";
import { getTender } from "./get-tender";
import { lintSavedTender } from "./lint-saved-tender";
import { actionTestSession } from "@/scripts/testing/action-session";

// The server actions run for real (validation, permission, transaction, audit events); only the
// session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { applyLintFixAction, dismissLintWarningAction } =
  await import("@/app/(app)/tenders/[tenderId]/openness/actions");

const { db, viewers } = actionTestSession(stubs);

const TEAMS = "Staff must use Microsoft Teams for meetings.";
const LICENCE_WARNING = "LOCKIN-005|clauses|lint.missingClause.DELIVERABLES_LICENCE";

/** A draft of version 0 with one requirement naming a product (an error with a fix), and no clauses. */
async function draft(requirementText = TEAMS) {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Meeting rooms" }));
  await db.tender.update({
    where: { id: tender.id },
    data: {
      summary: "Video meetings for the ministry's staff. The service must meet EN 301 549.",
      contractNature: "SERVICES",
      requirements: [{ key: "R1", text: requirementText, level: "MUST", criterionKey: null }],
    },
  });
  return tender;
}

async function teamsFinding(tenderId: string) {
  const { findings } = await lintSavedTender(db, await getTender(db, viewers.DRAFTER, tenderId));
  return findings.find((finding) => finding.ruleId === "LOCKIN-001");
}

const as = <T>(viewer: Viewer | null, run: () => Promise<T>) => {
  stubs.viewer = viewer;
  return run();
};

describe("the linter on a saved tender", () => {
  it("reads the topics of the chosen clause versions from the library", async () => {
    const tender = await draft("Meeting rooms are booked for an hour.");
    const before = await lintSavedTender(db, await getTender(db, viewers.DRAFTER, tender.id));
    expect(before.findings.map((finding) => finding.key)).toContain(LICENCE_WARNING);
    await db.tender.update({
      where: { id: tender.id },
      data: { clauses: [{ key: "deliverables-licence", version: 1, values: {} }] },
    });
    const after = await lintSavedTender(db, await getTender(db, viewers.DRAFTER, tender.id));
    expect(after.findings.map((finding) => finding.key)).not.toContain(LICENCE_WARNING);
  });
});

describe("applying a one-click fix", () => {
  it("adds “or equivalent” after the product, as a save of the section with a revision and an audit event", async () => {
    const tender = await draft();
    const finding = (await teamsFinding(tender.id))!;
    // "Staff must use " is 15 characters, "Microsoft Teams" 15 more: the fix goes at 30.
    expect(finding.fix).toEqual({ field: "requirements.0.text", start: 30, end: 30, replacement: " or equivalent" });
    const result = await as(viewers.DRAFTER, () =>
      applyLintFixAction({ tenderId: tender.id, version: 0, key: finding.key, ...finding.fix! }),
    );
    expect(result).toEqual({ ok: true, data: { version: 1 } });
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    expect(saved.requirements[0]).toMatchObject({
      key: "R1",
      level: "MUST",
      text: "Staff must use Microsoft Teams or equivalent for meetings.",
    });
    expect(await teamsFinding(tender.id)).toBeUndefined();
    const revision = await db.tenderRevision.findFirstOrThrow({ where: { tenderId: tender.id, version: 1 } });
    expect(revision.section).toBe("requirements");
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: tender.id } });
    expect(event).toMatchObject({ action: "tender.section_saved", actorId: viewers.DRAFTER.userId });
    expect(event.after).toMatchObject({ section: "requirements", version: 1 });
  });

  it("is refused when the text changed since the fix was offered, and nothing is saved", async () => {
    const tender = await draft();
    const finding = (await teamsFinding(tender.id))!;
    // Someone rewrote the requirement meanwhile: the product is now further on in the text.
    await db.tender.update({
      where: { id: tender.id },
      data: {
        version: 1,
        requirements: [
          {
            key: "R1",
            text: "All staff must use Microsoft Teams for meetings.",
            level: "MUST",
            criterionKey: null,
          },
        ],
      },
    });
    const result = await as(viewers.DRAFTER, () =>
      applyLintFixAction({ tenderId: tender.id, version: 0, key: finding.key, ...finding.fix! }),
    );
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", formError: "errors.lintFixNoLongerApplies" });
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    expect([saved.version, saved.requirements[0]?.text]).toEqual([
      1,
      "All staff must use Microsoft Teams for meetings.",
    ]);
  });

  it("is refused on an older version of the tender even when the fix still fits (optimistic locking)", async () => {
    const tender = await draft();
    const finding = (await teamsFinding(tender.id))!;
    await db.tender.update({ where: { id: tender.id }, data: { version: 1, title: "Meeting rooms (renamed)" } });
    const result = await as(viewers.DRAFTER, () =>
      applyLintFixAction({ tenderId: tender.id, version: 0, key: finding.key, ...finding.fix! }),
    );
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).requirements[0]?.text).toBe(TEAMS);
  });

  it.each<[Role | "OTHER_DRAFTER", string]>([
    ["ADMIN", "ok"],
    ["OSPO", "FORBIDDEN"],
    ["EVALUATOR", "FORBIDDEN"],
    ["OTHER_DRAFTER", "NOT_FOUND"],
  ])("as %s: %s", async (role, outcome) => {
    const tender = await draft();
    const finding = (await teamsFinding(tender.id))!;
    const result = await as(viewers[role], () =>
      applyLintFixAction({ tenderId: tender.id, version: 0, key: finding.key, ...finding.fix! }),
    );
    expect(result.ok ? "ok" : result.code).toBe(outcome);
    const expected = outcome === "ok" ? "Staff must use Microsoft Teams or equivalent for meetings." : TEAMS;
    expect((await getTender(db, viewers.DRAFTER, tender.id)).requirements[0]?.text).toBe(expected);
  });
});

describe("setting a warning aside", () => {
  it("keeps the justification with the tender and audits it as tender.lint_dismissed", async () => {
    const tender = await draft();
    const justification = "The licence is set in the framework agreement this contract is called off from.";
    const result = await as(viewers.DRAFTER, () =>
      dismissLintWarningAction({
        tenderId: tender.id,
        version: 0,
        key: LICENCE_WARNING,
        justification: `  ${justification} `,
      }),
    );
    expect(result).toEqual({ ok: true, data: { version: 1 } });
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    expect(saved.lintDismissals).toEqual([
      {
        key: LICENCE_WARNING,
        ruleId: "LOCKIN-005",
        field: "clauses",
        justification,
        userId: viewers.DRAFTER.userId,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    const { readiness } = await lintSavedTender(db, saved);
    expect(readiness.dismissed).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: tender.id } });
    expect(event).toMatchObject({ action: "tender.lint_dismissed", actorId: viewers.DRAFTER.userId });
    expect(event.after).toMatchObject({ version: 1, key: LICENCE_WARNING, justification });
  });

  it("needs a written justification", async () => {
    const tender = await draft();
    const result = await as(viewers.DRAFTER, () =>
      dismissLintWarningAction({ tenderId: tender.id, version: 0, key: LICENCE_WARNING, justification: "   " }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { justification: ["validation.lintJustificationRequired"] },
    });
  });

  it("is refused for an error, and for a finding that is not reported", async () => {
    const tender = await draft();
    const error = (await teamsFinding(tender.id))!;
    const refused = await as(viewers.DRAFTER, () =>
      dismissLintWarningAction({ tenderId: tender.id, version: 0, key: error.key, justification: "We use it." }),
    );
    expect(refused).toMatchObject({ ok: false, code: "INVALID_STATE", formError: "errors.lintErrorNotDismissable" });
    const unknown = await as(viewers.DRAFTER, () =>
      dismissLintWarningAction({ tenderId: tender.id, version: 0, key: "LOCKIN-002|summary|x", justification: "No." }),
    );
    expect(unknown).toMatchObject({ ok: false, code: "CONFLICT", formError: "errors.lintFindingGone" });
    const saved = await getTender(db, viewers.DRAFTER, tender.id);
    expect([saved.version, saved.lintDismissals]).toEqual([0, []]);
    expect(await db.auditEvent.count({ where: { entityId: tender.id } })).toBe(0);
  });

  it.each<[Role | "OTHER_DRAFTER", string]>([
    ["OSPO", "FORBIDDEN"],
    ["EVALUATOR", "FORBIDDEN"],
    ["OTHER_DRAFTER", "NOT_FOUND"],
  ])("as %s: %s", async (role, outcome) => {
    const tender = await draft();
    const result = await as(viewers[role], () =>
      dismissLintWarningAction({ tenderId: tender.id, version: 0, key: LICENCE_WARNING, justification: "Reason." }),
    );
    expect(result).toMatchObject({ ok: false, code: outcome });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).lintDismissals).toEqual([]);
  });
});

describe("submitting for review", () => {
  const submit = (tenderId: string, version: number) =>
    db.$transaction((tx) => changeTenderStatus(tx, viewers.DRAFTER, { tenderId, version, to: "IN_REVIEW" }));

  it("is refused while a lock-in error remains, and allowed once it is fixed (warnings do not block)", async () => {
    const tender = await draft();
    await expect(submit(tender.id, 0)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "errors.tenderStatus.lintErrors",
    });
    expect((await getTender(db, viewers.DRAFTER, tender.id)).status).toBe("DRAFT");
    const finding = (await teamsFinding(tender.id))!;
    await as(viewers.DRAFTER, () =>
      applyLintFixAction({ tenderId: tender.id, version: 0, key: finding.key, ...finding.fix! }),
    );
    const { after } = await submit(tender.id, 1);
    expect(after.status).toBe("IN_REVIEW");
  });

  it("is refused while a section of the task list has errors", async () => {
    const tender = await draft("Meeting rooms are booked for an hour.");
    // One lot divides nothing: an error of the lots section, which the linter does not report.
    const lots = [
      { key: "LOT-1", title: "Rooms", description: "Booking of rooms.", cpv: null, estimatedValueCents: 0 },
    ];
    await db.tender.update({ where: { id: tender.id }, data: { lots } });
    const { findings } = await lintSavedTender(db, await getTender(db, viewers.DRAFTER, tender.id));
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    await expect(submit(tender.id, 0)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "errors.tenderStatus.sectionProblems",
    });
  });
});
