import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLAUSE_LIBRARY } from "@/lib/domain/clauses/library";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import { markdownToPlainText } from "@/lib/domain/documents/markdown-blocks";
import { readPdf } from "@/lib/domain/documents/testing/pdf-reader";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { COLLABORATION_SUITE } from "@/prisma/demo-templates/collaboration-suite";
import { convertWithLibreOffice, findSoffice, libreOfficeRequired } from "@/scripts/testing/libreoffice";
import { createTemplateFixture, type FixtureTemplate } from "@/scripts/testing/template-fixtures";
import { connectTestDatabase, createRoleViewers, type RoleViewers } from "@/scripts/testing/test-database";

/**
 * The template documents' route, run for real against PostgreSQL (only the session is stood in
 * for): who may download which version, the errors, and a seed template's ODT and DOCX opened by
 * LibreOffice headless with every clause title in their text.
 */
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const route = await import("@/app/api/exports/template/[slug]/route");

const soffice = findSoffice();
if (!soffice && libreOfficeRequired()) {
  throw new Error("LibreOffice (soffice) is required in CI for the export round trips: .ci/run installs it.");
}
if (!soffice) {
  console.warn("Skipping the LibreOffice conversion of a template's documents: soffice is not installed. CI runs it.");
}

const db = connectTestDatabase();
stubs.db = db;
const work = mkdtempSync(join(tmpdir(), "tc-template-documents-"));
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await db.$disconnect();
});

let home: RoleViewers;
let other: RoleViewers;
/** Version 1 published, version 2 in draft. */
let withDraft: FixtureTemplate;
/** Never published: a draft only. */
let neverPublished: FixtureTemplate;
/**
 * The demo collaboration suite's content, as the seed publishes it, under a name of its own: the
 * end-to-end tests share this database and find the demo template by its name.
 */
let seed: FixtureTemplate;
const SEED_COPY_NAME = `Documents test ${Date.now()}: a copy of the demo collaboration suite`;

beforeAll(async () => {
  home = await createRoleViewers(db);
  other = await createRoleViewers(db);
  const organisationId = home.OSPO.organisation.id;
  withDraft = await createTemplateFixture(db, {
    organisationId,
    versions: [{ changelog: "First version." }, { publishedAt: null }],
  });
  neverPublished = await createTemplateFixture(db, { organisationId, versions: [{ publishedAt: null }] });
  seed = await createTemplateFixture(db, {
    organisationId,
    name: SEED_COPY_NAME,
    versions: [{ content: COLLABORATION_SUITE, changelog: "First version." }],
  });
}, 60_000);

async function download(viewer: Viewer | null, slug: string, query: Record<string, string>) {
  stubs.viewer = viewer;
  const search = new URLSearchParams(query);
  return route.GET(new Request(`http://commons.test/api/exports/template/${slug}?${search}`), {
    params: Promise.resolve({ slug }),
  });
}

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error; // prettier-ignore

describe("who may download a template's document", () => {
  it("serves a published version to anyone, signed in or not, the latest when no version is given", async () => {
    for (const viewer of [null, other.DRAFTER, home.OSPO]) {
      const response = await download(viewer, withDraft.slug, { format: "md" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${withDraft.slug}-v1.md"`);
      expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
      const text = await response.text();
      expect(text).toContain("*Template for tender documents*");
      expect(text).toContain("Version 1, published on");
    }
  });

  it("serves the draft only to the OSPO and administrators of its organisation; anyone else gets not found", async () => {
    for (const viewer of [null, home.DRAFTER, home.EVALUATOR, other.OSPO, other.ADMIN]) {
      for (const [template, version] of [
        [withDraft, "2"],
        [neverPublished, "1"],
      ] as const) {
        const response = await download(viewer, template.slug, { format: "odt", version });
        expect(response.status, `${viewer?.roles.join() ?? "anonymous"} ${template.name}`).toBe(404);
        expect(await errorOf(response)).toEqual({ code: "NOT_FOUND", message: "Not found." });
      }
    }
    for (const viewer of [home.OSPO, home.ADMIN]) {
      const response = await download(viewer, withDraft.slug, { format: "odt", version: "2" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${withDraft.slug}-v2-draft.odt"`);
      expect(new Uint8Array(await response.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    }
    // A template never published has no public version: not found without a version too.
    expect((await download(null, neverPublished.slug, { format: "odt" })).status).toBe(404);
    expect((await download(home.OSPO, neverPublished.slug, { format: "md", version: "1" })).status).toBe(200);
  });

  it("answers not found for an unknown template or version, whoever asks", async () => {
    expect((await download(home.OSPO, "no-such-template", { format: "pdf" })).status).toBe(404);
    expect((await download(home.OSPO, withDraft.slug, { format: "pdf", version: "9" })).status).toBe(404);
    expect((await download(null, "Not A Slug", { format: "pdf" })).status).toBe(404);
  });

  it("refuses an unknown format, a bad version and the JSON of a draft, saying why", async () => {
    const unknown = await download(null, withDraft.slug, { format: "exe" });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toBe('Unknown format "exe": use one of odt, docx, pdf, md, json.');
    expect((await download(null, withDraft.slug, { format: "odt", version: "0" })).status).toBe(400);
    const draftJson = await download(home.OSPO, withDraft.slug, { format: "json", version: "2" });
    expect(draftJson.status).toBe(409);
    expect((await errorOf(draftJson)).message).toMatch(/^A draft has no exchange file \(JSON\) until it is published/);
  });

  it("gives a published version's JSON as its exchange file", async () => {
    const response = await download(null, withDraft.slug, { format: "json", version: "1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${withDraft.slug}-v1.json"`);
    expect(await response.json()).toMatchObject({ format: "tender-commons/template", template: { slug: withDraft.slug, version: 1 } }); // prettier-ignore
  });
});

describe("a seed template's documents", () => {
  /** The clause titles as the library writes them in English with the template's values, in its order. */
  const clauseTitles = COLLABORATION_SUITE.clauses.map((chosen) => {
    const clause = CLAUSE_LIBRARY.find((entry) => entry.key === chosen.key && entry.version === chosen.version)!;
    return markdownToPlainText(renderClause(clause, chosen.values, "en").title);
  });
  const flat = (text: string) => text.replace(/\s+/g, " ");
  const bytesOf = async (format: string) => {
    const response = await download(null, seed.slug, { format });
    expect(response.status, format).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };

  it("has a PDF whose text holds the title and every clause title", async () => {
    expect(clauseTitles.length).toBeGreaterThan(10);
    const text = flat((await readPdf(await bytesOf("pdf"))).pages.join("\n"));
    expect(text).toContain(SEED_COPY_NAME);
    expect(text).toContain("Template for tender documents");
    for (const title of clauseTitles) expect(text, title).toContain(title);
  }, 60_000);

  it.skipIf(!soffice)(
    "converts the ODT and DOCX with LibreOffice headless, with every clause title in the text",
    async () => {
      const paths = [];
      for (const format of ["odt", "docx"]) {
        const path = join(work, `seed-${format}.${format}`);
        writeFileSync(path, await bytesOf(format));
        paths.push(path);
      }
      await convertWithLibreOffice(soffice!, paths, "txt:Text (encoded):UTF8", work, join(work, "profile"));
      for (const format of ["odt", "docx"]) {
        const text = flat(readFileSync(join(work, `seed-${format}.txt`), "utf8"));
        expect(text, format).toContain(SEED_COPY_NAME);
        expect(text, format).toContain("[Contracting authority]");
        for (const title of clauseTitles) expect(text, `${format}: ${title}`).toContain(title);
      }
    },
    240_000,
  );
});
