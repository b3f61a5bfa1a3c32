import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { draftOf } from "@/lib/domain/clauses/clause-draft";
import type { Role } from "@/lib/domain/roles";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { clauseText, editInput, newClauseInput } from "./testing/clause-editor-input";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";

// The server actions run for real; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { createClauseAction, createClauseVersionAction, retireClauseAction, reinstateClauseAction } =
  await import("@/app/(app)/clauses/actions");
const { getLibraryClause } = await import("./get-library-clause");

const db = connectTestDatabase();
stubs.db = db;
const viewers = {} as Record<Role, Viewer>;

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  for (const role of ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"] as const) {
    viewers[role] = await createTestViewer(db, organisation.id, [role]);
  }
});

afterAll(() => db.$disconnect());

const as = <Input, Result>(viewer: Viewer, action: (input: Input) => Promise<Result>, input: Input) => {
  stubs.viewer = viewer;
  return action(input);
};

const newClause = newClauseInput;
const text = (language: string, title: string) => clauseText(language, title);
const edit = editInput;

async function created(viewer = viewers.OSPO) {
  const input = newClause();
  const result = await as(viewer, createClauseAction, input);
  expect(result).toMatchObject({ ok: true });
  return (await getLibraryClause(db, input.key))!;
}

const eventsFor = (entityId: string) =>
  db.auditEvent.findMany({
    where: { entityType: "Clause", entityId },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  });

describe("clause library editor", () => {
  it("lets OSPO and ADMIN create clauses and versions, and refuses drafters and evaluators", async () => {
    for (const role of ["DRAFTER", "EVALUATOR"] as const) {
      const input = newClause();
      await expect(as(viewers[role], createClauseAction, input)).resolves.toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await db.clause.findUnique({ where: { key: input.key } })).toBeNull();
    }
    const clause = await created(viewers.ADMIN);
    for (const role of ["DRAFTER", "EVALUATOR"] as const) {
      await expect(as(viewers[role], createClauseVersionAction, edit(clause))).resolves.toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      await expect(
        as(viewers[role], retireClauseAction, { key: clause.key, lockVersion: clause.lockVersion, reason: "Outdated" }),
      ).resolves.toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    await expect(as(viewers.OSPO, createClauseVersionAction, edit(clause))).resolves.toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const afterOspo = (await getLibraryClause(db, clause.key))!;
    await expect(as(viewers.ADMIN, createClauseVersionAction, edit(afterOspo))).resolves.toMatchObject({
      ok: true,
      data: { version: 3 },
    });
  });

  it("numbers versions, keeps every earlier version unchanged, and audits the change note", async () => {
    const clause = await created();
    expect(clause.clause).toMatchObject({
      version: 1,
      status: "OPTIONAL",
      applicability: { cpvPrefixes: ["48", "72"] },
    });
    const result = await as(
      viewers.OSPO,
      createClauseVersionAction,
      edit(clause, {
        status: "RECOMMENDED",
        content: { ...draftOf(clause.clause).content, fr: text("fr", "Interfaces ouvertes et documentées") },
        changeNote: "French title says open",
      }),
    );
    expect(result).toEqual({ ok: true, data: { key: clause.key, version: 2 } });

    const saved = (await getLibraryClause(db, clause.key))!;
    expect(saved.clause).toMatchObject({ version: 2, status: "RECOMMENDED" });
    expect(saved.clause.content.fr.title).toBe("Interfaces ouvertes et documentées");
    expect(saved.clause.content.en.title).toBe("Documented interfaces");
    expect(saved.versions.map((version) => [version.version, version.changeNote])).toEqual([
      [2, "French title says open"],
      [1, "First version"],
    ]);
    expect(saved.versions[1]!.definition.content.fr.title).toBe("Interfaces documentées");
    expect(saved.versions[0]!.authorName).toBeTruthy();
    const row = await db.clause.findUniqueOrThrow({ where: { key: clause.key } });
    expect(row).toMatchObject({ currentVersion: 2, status: "RECOMMENDED", version: 1 });

    const events = await eventsFor(clause.id);
    expect(events.map((event) => event.action)).toEqual(["clause.created", "clause.version_created"]);
    expect(events[1]).toMatchObject({
      actorId: viewers.OSPO.userId,
      organisationId: viewers.OSPO.organisation.id,
      before: { key: clause.key, version: 1 },
      after: { key: clause.key, version: 2, status: "RECOMMENDED", changeNote: "French title says open" },
    });
  });

  it("gives the second of two edits from the same state a conflict, and saves nothing for it", async () => {
    const clause = await created();
    const first = await as(viewers.OSPO, createClauseVersionAction, edit(clause, { changeNote: "First edit" }));
    const second = await as(viewers.ADMIN, createClauseVersionAction, edit(clause, { changeNote: "Second edit" }));
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    const saved = (await getLibraryClause(db, clause.key))!;
    expect(saved.versions.map((version) => version.changeNote)).toEqual(["First edit", "First version"]);
    expect((await eventsFor(clause.id)).map((event) => event.action)).toEqual([
      "clause.created",
      "clause.version_created",
    ]);
  });

  it("refuses invalid definitions with a message on the field at fault", async () => {
    const clause = await created();
    const content = draftOf(clause.clause).content;
    const result = await as(
      viewers.OSPO,
      createClauseVersionAction,
      edit(clause, {
        content: {
          ...content,
          de: { ...content.de, body: "Der Auftragnehmer liefert binnen {{deliveryDays}}." },
          fr: { ...content.fr, title: "" },
        },
        applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: "72, 7x" },
        changeNote: "",
      }),
    );
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(fieldErrors["content.de.body"]).toEqual([
      'problems.clauses.placeholderUndeclared?{"locale":"de","placeholder":"deliveryDays","start":33}',
    ]);
    expect(fieldErrors["content.fr.title"]).toEqual(['problems.clauses.titleMissing?{"locale":"fr"}']);
    expect(fieldErrors["applicability.cpvPrefixes"]).toEqual(['problems.clauses.cpvPrefixInvalid?{"value":"7x"}']);
    expect(fieldErrors.changeNote).toEqual(["validation.clauseChangeNoteRequired"]);
    expect((await db.clause.findUniqueOrThrow({ where: { key: clause.key } })).currentVersion).toBe(1);
  });

  it("refuses a new clause whose key is taken or not kebab-case", async () => {
    const clause = await created();
    await expect(as(viewers.OSPO, createClauseAction, newClause(clause.key))).resolves.toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { key: ["validation.clauseKeyTaken"] },
    });
    await expect(as(viewers.OSPO, createClauseAction, newClause("Not A Key"))).resolves.toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { key: ['problems.clauses.keyInvalid?{"key":"Not A Key"}'] },
    });
  });

  it("retires and reinstates a clause with a reason; a retired clause stays readable", async () => {
    const clause = await created();
    const retire = (lockVersion: number, reason = "Replaced by a better clause") =>
      as(viewers.OSPO, retireClauseAction, { key: clause.key, lockVersion, reason });
    await expect(retire(0, "")).resolves.toMatchObject({
      ok: false,
      fieldErrors: { reason: ["validation.clauseReasonRequired"] },
    });
    await expect(retire(0)).resolves.toMatchObject({ ok: true });
    await expect(retire(0)).resolves.toMatchObject({ ok: false, code: "CONFLICT" });
    await expect(retire(1)).resolves.toMatchObject({ ok: false, code: "INVALID_STATE" });

    const retired = (await getLibraryClause(db, clause.key))!;
    expect(retired.retiredAt).toBeInstanceOf(Date);
    expect(retired.retiredReason).toBe("Replaced by a better clause");
    expect(retired.clause.version).toBe(1);

    await expect(
      as(viewers.ADMIN, reinstateClauseAction, { key: clause.key, lockVersion: 1, reason: "Still needed" }),
    ).resolves.toMatchObject({ ok: true });
    const reinstated = (await getLibraryClause(db, clause.key))!;
    expect(reinstated).toMatchObject({ retiredAt: null, retiredReason: "", lockVersion: 2 });

    const events = await eventsFor(clause.id);
    expect(events.map((event) => [event.action, (event.after as { reason?: string }).reason])).toEqual([
      ["clause.created", undefined],
      ["clause.retired", "Replaced by a better clause"],
      ["clause.reinstated", "Still needed"],
    ]);
    expect(events[2]).toMatchObject({ actorId: viewers.ADMIN.userId, organisationId: viewers.ADMIN.organisation.id });
  });
});
