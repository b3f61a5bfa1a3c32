import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { draftOf } from "@/lib/domain/clauses/clause-draft";
import { emptyParameterDraft } from "@/lib/domain/clauses/parameter-draft";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";
import { editInput, newClauseInput } from "./testing/clause-editor-input";

// The server actions run for real; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { createClauseAction, createClauseVersionAction } = await import("@/app/(app)/clauses/actions");
const { getLibraryClause } = await import("./get-library-clause");

const db = connectTestDatabase();
stubs.db = db;
let ospo: Viewer;

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  ospo = await createTestViewer(db, organisation.id, ["OSPO"]);
});

afterAll(() => db.$disconnect());

const as = <Input, Result>(viewer: Viewer, action: (input: Input) => Promise<Result>, input: Input) => {
  stubs.viewer = viewer;
  return action(input);
};

describe("typed parameters in the library editor", () => {
  it("creates a clause with a typed parameter, and an edit can change the parameter and the sources", async () => {
    const months = (language: string) => ({
      title: `Exit plan (${language})`,
      body: `The Contractor delivers an exit plan within {{planMonths}} (${language}).`,
      guidance: { why: "w", whenToUse: "u", pitfalls: "p" },
    });
    const parameter = {
      ...emptyParameterDraft(),
      name: "planMonths",
      kind: "MONTHS" as const,
      max: "24",
      default: "6",
      text: {
        en: { label: "Deadline of the plan", hint: "" },
        fr: { label: "Délai du plan", hint: "" },
        de: { label: "Frist des Plans", hint: "" },
      },
    };
    const input = {
      ...newClauseInput(),
      parameters: [parameter],
      content: { en: months("en"), fr: months("fr"), de: months("de") },
    };
    await expect(as(ospo, createClauseAction, input)).resolves.toMatchObject({ ok: true });
    const saved = (await getLibraryClause(db, input.key))!;
    expect(saved.clause.parameters).toEqual([
      { name: "planMonths", kind: "MONTHS", required: true, max: 24, default: 6 },
    ]);
    expect(saved.clause.content.de.parameters).toEqual({ planMonths: { label: "Frist des Plans" } });

    const draft = draftOf(saved.clause);
    const result = await as(
      ospo,
      createClauseVersionAction,
      editInput(saved, {
        parameters: [{ ...draft.parameters[0]!, max: "36", default: "12" }],
        legalBasis: [{ citation: "Data Act, Art. 25", url: "https://eur-lex.europa.eu/eli/reg/2023/2854/oj" }],
        changeNote: "Longer plans allowed",
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const edited = (await getLibraryClause(db, input.key))!;
    expect(edited.clause.parameters).toEqual([
      { name: "planMonths", kind: "MONTHS", required: true, max: 36, default: 12 },
    ]);
    expect(edited.clause.legalBasis).toEqual([
      { citation: "Data Act, Art. 25", url: "https://eur-lex.europa.eu/eli/reg/2023/2854/oj" },
    ]);
    expect(edited.versions[1]!.definition.parameters[0]).toMatchObject({ max: 24, default: 6 });
  });

  it("says precisely what is wrong with a parameter: a negative month count, an unknown licence", async () => {
    const text = (language: string) => ({
      title: `Support (${language})`,
      body: `Support for {{supportMonths}} under {{licence}} (${language}).`,
      guidance: { why: "w", whenToUse: "u", pitfalls: "p" },
    });
    const labels = (label: string) => ({ en: { label, hint: "" }, fr: { label, hint: "" }, de: { label, hint: "" } });
    const input = {
      ...newClauseInput(),
      parameters: [
        {
          ...emptyParameterDraft(),
          name: "supportMonths",
          kind: "MONTHS" as const,
          default: "-3",
          text: labels("Months"),
        },
        {
          ...emptyParameterDraft(),
          name: "licence",
          kind: "SPDX_LICENCE" as const,
          default: "Open-Licence-9",
          text: labels("Licence"),
        },
      ],
      content: { en: text("en"), fr: text("fr"), de: text("de") },
    };
    const result = await as(ospo, createClauseAction, input);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(fieldErrors["parameters.0.default"]).toEqual([
      'problems.clauses.monthsNegative?{"parameter":"supportMonths","value":-3}',
    ]);
    expect(fieldErrors["parameters.1.default"]?.[0]).toMatch(
      /^problems\.clauses\.licenceUnknown(WithSuggestion)?\?\{"parameter":"licence","value":"Open-Licence-9"/,
    );
    expect(await db.clause.findUnique({ where: { key: input.key } })).toBeNull();
  });

  it("lists every problem at once, the category and status not chosen included", async () => {
    const input = newClauseInput();
    const result = await as(ospo, createClauseAction, {
      ...input,
      category: "",
      status: null,
      content: { ...input.content, fr: { ...input.content.fr, body: "Voir {{delai}}." } },
    } as never);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(fieldErrors.category).toEqual(["validation.clauseCategoryRequired"]);
    expect(fieldErrors.status).toEqual(["validation.clauseStatusRequired"]);
    expect(fieldErrors["content.fr.body"]).toEqual([
      'problems.clauses.placeholderUndeclared?{"locale":"fr","placeholder":"delai","start":5}',
    ]);
  });
});
