import { describe, expect, it } from "vitest";
import { templateFileJsonSchema } from "@/lib/schemas/template-exchange";
import { libraryDefinitions, sampleTemplateContent } from "../testing/sample-template";
import { buildTemplateFile, originOf } from "./build-template-file";
import { parseTemplateFile } from "./parse-template-file";

const exported = () => ({
  template: {
    id: "cm0template0001",
    slug: "collaboration-suite",
    language: "fr",
    publisher: { name: "Ville de Lyon", country: "FR" },
    origin: null,
  },
  version: {
    number: 3,
    name: "Suite collaborative",
    publishedAt: new Date("2026-04-02T08:30:00.000Z"),
    changelog: "Clause de réversibilité ajoutée.",
    content: sampleTemplateContent(),
  },
  url: "https://commons.example.org/catalogue/collaboration-suite",
});

describe("buildTemplateFile", () => {
  it("writes a file that reads back to the same template (round trip)", () => {
    const file = buildTemplateFile(exported(), libraryDefinitions());
    const read = parseTemplateFile(JSON.stringify(file));
    expect(read).toEqual({ ok: true, file });
    if (!read.ok) return;
    expect(read.file.content).toEqual(sampleTemplateContent());
    expect(read.file.template).toMatchObject({ version: 3, language: "fr", publishedAt: "2026-04-02T08:30:00.000Z" });
  });

  it("embeds each clause's text in the template's language with its defaults, for readers", () => {
    const file = buildTemplateFile(exported(), libraryDefinitions());
    expect(file.clauses.map((clause) => `${clause.key}@${clause.version} ${clause.status}`)).toEqual([
      "deliverables-licence@1 MANDATORY",
      "source-code-delivery@1 RECOMMENDED",
      "exit-plan-and-data-portability@1 RECOMMENDED",
      "open-formats-documents@1 MANDATORY",
      "accessibility-en-301-549@1 MANDATORY",
      "escrow@1 OPTIONAL",
    ]);
    // The default software licence of deliverables-licence is EUPL-1.2, named in French.
    expect(file.clauses[0]!.text).toContain("EUPL-1.2");
    expect(file.clauses[0]!.text).not.toContain("{{");
  });

  it("keeps the origin of a template this instance had imported", () => {
    const origin = {
      publisher: "Bundesamt",
      sourceUrl: null,
      templateId: "abc",
      version: 1,
      licence: "CC0-1.0" as const,
      importedAt: "2026-01-01T00:00:00.000Z",
    };
    const file = buildTemplateFile({ ...exported(), template: { ...exported().template, origin } }, new Map());
    expect(file.template.origin).toEqual(origin);
    expect(file.clauses).toEqual([]);
  });

  it("makes the origin of an imported file: publisher, version, licence, address and time", () => {
    const file = buildTemplateFile(exported(), libraryDefinitions());
    expect(originOf(file, new Date("2026-05-01T12:00:00.000Z"))).toEqual({
      publisher: "Ville de Lyon",
      sourceUrl: "https://commons.example.org/catalogue/collaboration-suite",
      templateId: "cm0template0001",
      version: 3,
      licence: "CC-BY-4.0",
      importedAt: "2026-05-01T12:00:00.000Z",
    });
  });
});

describe("the published JSON Schema", () => {
  it("describes the file under its stable address, refusing unknown fields", () => {
    const schema = templateFileJsonSchema("https://commons.example.org/schemas/template-exchange.v1.json");
    expect(schema).toMatchObject({
      $id: "https://commons.example.org/schemas/template-exchange.v1.json",
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      required: ["format", "formatVersion", "template", "content", "clauses"],
      additionalProperties: false,
      properties: { format: { const: "tender-commons/template" }, formatVersion: { const: 1 } },
    });
  });
});
