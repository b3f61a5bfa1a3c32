import { beforeAll, describe, expect, it, vi } from "vitest";
import { getEnv } from "@/lib/env";
import { readTemplateContent } from "@/lib/domain/templates/read-template-content";
import { sampleTemplateContent } from "@/lib/domain/templates/testing/sample-template";
import type { TemplateFile } from "@/lib/schemas/template-exchange";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { type RoleViewers, createRoleViewers } from "@/scripts/testing/test-database";
import { templateActionsSession } from "./testing/template-actions-session";
import { publishTemplateInput, uniqueName } from "./testing/template-inputs";

// Actions and route handlers run for real against PostgreSQL; only the session and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { createTemplateAction, importTemplateAction } = await import("@/app/(app)/templates/actions");
const { publishTemplateAction } = await import("@/app/(app)/templates/[templateId]/lifecycle-actions");
const exportRoute = await import("@/app/api/template-export/route");
const schemaRoute = await import("@/app/schemas/template-exchange.v1.json/route");
const { getTemplate } = await import("./template-dto");

// Addresses in files follow NEXTAUTH_URL when it is set, else the request's own.
const BASE = (getEnv().NEXTAUTH_URL ?? "http://commons.test").replace(/\/+$/, "");
const { db, viewers: home, as, published } = templateActionsSession(stubs);
const other = {} as RoleViewers;

beforeAll(async () => {
  Object.assign(other, await createRoleViewers(db));
});

const publishedTemplate = (content = sampleTemplateContent()) => published(home.OSPO, content);

async function exported(slug: string, version?: number) {
  stubs.viewer = null;
  const query = new URLSearchParams({ slug, ...(version ? { version: String(version) } : {}) });
  return exportRoute.GET(new Request(`http://commons.test/api/template-export?${query}`));
}

const templatesOf = (viewer: Viewer) => db.tenderTemplate.count({ where: { organisationId: viewer.organisation.id } });

describe("export", () => {
  it("serves a published version to anyone, signed in or not, and never a draft", async () => {
    const template = await publishedTemplate();
    const response = await exported(template.slug, 1);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${template.slug}-v1.json"`);
    const file = (await response.json()) as TemplateFile;
    expect(file).toMatchObject({
      $schema: `${BASE}/schemas/template-exchange.v1.json`,
      format: "tender-commons/template",
      formatVersion: 1,
      template: {
        id: template.id,
        slug: template.slug,
        name: template.name,
        version: 1,
        licence: "CC-BY-4.0",
        changelog: "First version.",
      },
      content: sampleTemplateContent(),
    });
    expect(file.template.publisher.name).toBe(home.OSPO.organisation.name);
    expect(file.clauses.map((clause) => clause.key)).toEqual(
      sampleTemplateContent().clauses.map((clause) => clause.key),
    );
    expect((await exported(template.slug)).status).toBe(200);
    // A version not published yet, and a template never published, are not found.
    expect((await exported(template.slug, 2)).status).toBe(404);
    const draft = await as(home.OSPO, createTemplateAction, {
      name: uniqueName(),
      language: "en",
      category: "OTHER",
      licence: "CC0-1.0",
    });
    const draftSlug = (
      await db.tenderTemplate.findUniqueOrThrow({ where: { id: draft.ok ? draft.data.templateId : "" } })
    ).slug;
    expect((await exported(draftSlug)).status).toBe(404);
  });

  it("serves the JSON Schema at its stable address", async () => {
    const response = await schemaRoute.GET(new Request("http://commons.test/schemas/template-exchange.v1.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/schema+json");
    expect(await response.json()).toMatchObject({
      $id: `${BASE}/schemas/template-exchange.v1.json`,
      properties: { format: { const: "tender-commons/template" } },
    });
  });
});

describe("import", () => {
  it("round-trips: an exported version imports into another organisation as an equal draft, with its origin", async () => {
    const template = await publishedTemplate();
    const text = await (await exported(template.slug, 1)).text();
    const result = await as(other.OSPO, importTemplateAction, { content: text });
    expect(result).toMatchObject({ ok: true, data: { ok: true } });
    const id = result.ok && result.data.ok ? result.data.templateId : "";
    const imported = await getTemplate(db, other.OSPO, id);
    expect(imported).toMatchObject({ name: template.name, language: "en", status: "DRAFT", published: [] });
    expect(imported.draft?.content).toEqual(readTemplateContent(sampleTemplateContent()));
    expect(imported.origin).toMatchObject({
      publisher: home.OSPO.organisation.name,
      templateId: template.id,
      version: 1,
      licence: "CC-BY-4.0",
      sourceUrl: `${BASE}/catalogue/${template.slug}`,
    });
    expect(imported.slug).not.toBe(template.slug);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "template.imported" } });
    expect(event).toMatchObject({ actorId: other.OSPO.userId, organisationId: other.OSPO.organisation.id });
    // Published on, the import exports to the same content again.
    const draft = imported.draft!;
    expect(await as(other.OSPO, publishTemplateAction, publishTemplateInput(id, imported.version))).toMatchObject({
      ok: true,
    });
    const again = (await (await exported(imported.slug, 1)).json()) as TemplateFile;
    expect(again.content).toEqual(draft.content);
    expect(again.template.origin).toMatchObject({ templateId: template.id });
  });

  it("refuses broken and hostile files with precise problems, and creates nothing", async () => {
    const template = await publishedTemplate();
    const good = (await (await exported(template.slug, 1)).json()) as TemplateFile;
    const before = await templatesOf(other.OSPO);
    const cases: [string, unknown][] = [
      ["{ not json", [{ path: null, message: expect.stringMatching(/^templates\.import\.problems\.jsonInvalid/) }]],
      [JSON.stringify({ format: "other" }), [{ path: "format", message: expect.stringContaining("notTemplateFile") }]],
      [
        JSON.stringify({
          ...good,
          template: { ...good.template, name: uniqueName() },
          content: {
            ...good.content,
            clauses: [
              { key: "no-such-clause", version: 1, status: "MANDATORY", values: {} },
              { key: "escrow", version: 999, status: "OPTIONAL", values: {} },
            ],
          },
        }),
        [
          {
            path: "content.clauses[0].key",
            message: 'templates.import.problems.clauseUnknown?{"key":"no-such-clause"}',
          },
          {
            path: "content.clauses[1].version",
            message: expect.stringMatching(
              /^templates\.import\.problems\.clauseVersionUnknown\?\{"key":"escrow","version":999,"latest":\d+\}$/,
            ),
          },
        ],
      ],
    ];
    for (const [content, problems] of cases) {
      const result = await as(other.OSPO, importTemplateAction, { content });
      expect(result).toMatchObject({ ok: true, data: { ok: false, problems } });
    }
    await expect(as(other.OSPO, importTemplateAction, { content: "x".repeat(1_000_001) })).resolves.toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    await expect(as(other.DRAFTER, importTemplateAction, { content: JSON.stringify(good) })).resolves.toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await templatesOf(other.OSPO)).toBe(before);
  });

  it("refuses a name the organisation already uses, and keeps text with <script> as plain text", async () => {
    const template = await publishedTemplate();
    const file = (await (await exported(template.slug, 1)).json()) as TemplateFile;
    // The publisher imports its own template back: the name is taken.
    const before = await templatesOf(home.OSPO);
    await expect(as(home.ADMIN, importTemplateAction, { content: JSON.stringify(file) })).resolves.toMatchObject({
      ok: true,
      data: {
        ok: false,
        problems: [{ path: "template.name", message: expect.stringContaining("templates.import.problems.nameTaken") }],
      },
    });
    expect(await templatesOf(home.OSPO)).toBe(before);

    const hostile = '<script>alert("owned")</script><img src=x onerror=alert(1)>';
    file.template.name = `${uniqueName()} <script>`;
    file.content.requirements[0]!.text = hostile;
    const result = await as(home.ADMIN, importTemplateAction, { content: JSON.stringify(file) });
    const id = result.ok && result.data.ok ? result.data.templateId : "";
    const imported = await getTemplate(db, home.ADMIN, id);
    expect(imported.draft?.content.requirements[0]?.text).toBe(hostile);
    expect(imported.name).toBe(file.template.name);
  });
});
