import { describe, expect, it } from "vitest";
import { messageRef } from "@/lib/i18n/message-ref";
import { MAX_TEMPLATE_FILE_CHARACTERS } from "@/lib/schemas/template-exchange";
import { sampleTemplateFile } from "../testing/sample-template-file";
import { parseTemplateFile } from "./parse-template-file";

const text = (value: unknown) => JSON.stringify(value, null, 2);
const problemsOf = (value: string) => {
  const result = parseTemplateFile(value);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
};
const issue = (code: string, values?: Record<string, string | number>) =>
  messageRef(`templates.import.issues.${code}`, values);

describe("parseTemplateFile", () => {
  it("reads a good file as it was written", () => {
    const file = sampleTemplateFile();
    expect(parseTemplateFile(text(file))).toEqual({ ok: true, file });
    // A byte order mark, as some editors write, is no problem.
    expect(parseTemplateFile(`\uFEFF${text(file)}`).ok).toBe(true);
  });

  it("refuses text that is not JSON, saying where reading stopped", () => {
    const broken = '{\n  "format": "tender-commons/template",\n  "formatVersion": 1,,\n}';
    const [problem] = problemsOf(broken);
    expect(problem!.path).toBeNull();
    // The second comma is on line 3; V8 reports it by position or by line and column.
    expect(problem!.message).toMatch(/^templates\.import\.problems\.jsonInvalidAt\?\{"line":3,"column":\d+\}$/);
  });

  it("refuses another kind of file, and a format version it does not read", () => {
    expect(problemsOf(text({ format: "tender-commons/bids", version: 1 }))).toEqual([
      {
        path: "format",
        message: messageRef("templates.import.problems.notTemplateFile", { format: "tender-commons/template" }),
      },
    ]);
    expect(problemsOf("[1, 2]")[0]!.path).toBe("format");
    expect(problemsOf("null")[0]!.path).toBe("format");
    expect(problemsOf(text({ ...sampleTemplateFile(), formatVersion: 2 }))).toEqual([
      {
        path: "formatVersion",
        message: messageRef("templates.import.problems.versionUnsupported", { version: "2", supported: 1 }),
      },
    ]);
  });

  it("refuses a file over 1 MB before reading it", () => {
    const huge = " ".repeat(MAX_TEMPLATE_FILE_CHARACTERS + 1);
    expect(problemsOf(huge)).toEqual([
      { path: null, message: messageRef("templates.import.problems.tooLarge", { max: MAX_TEMPLATE_FILE_CHARACTERS }) },
    ]);
  });

  it("reports wrong types, missing fields and values outside their list at their exact paths", () => {
    const file = sampleTemplateFile() as unknown as Record<string, Record<string, unknown>>;
    const content = file.content as Record<string, unknown> & { requirements: Record<string, unknown>[] };
    file.template!.version = "two";
    delete file.template!.name;
    content.requirements[1]!.level = "OUGHT";
    content.licence = "MIT";
    expect(problemsOf(text(file))).toEqual([
      { path: "template.name", message: issue("missing") },
      { path: "template.version", message: issue("wrongType", { expected: "number" }) },
      { path: "content.requirements[1].level", message: issue("notOneOf", { values: "MUST, SHOULD, MAY" }) },
      { path: "content.licence", message: issue("notOneOf", { values: "CC-BY-4.0, CC0-1.0, EUPL-1.2" }) },
    ]);
  });

  it("refuses unknown fields rather than dropping them silently", () => {
    const file = sampleTemplateFile() as unknown as Record<string, Record<string, unknown>>;
    file.template!.rating = 5;
    (file.content!.intendedUse as Record<string, unknown>).audience = "all";
    expect(problemsOf(text({ ...file, extra: true }))).toEqual([
      { path: "template", message: issue("unknownFields", { fields: "rating" }) },
      { path: "content.intendedUse", message: issue("unknownFields", { fields: "audience" }) },
      { path: null, message: issue("unknownFields", { fields: "extra" }) },
    ]);
  });

  it("refuses huge strings and too many items with their limits", () => {
    const file = sampleTemplateFile();
    file.content.summary = "x".repeat(2_001);
    file.content.intendedUse.cpvPrefixes = ["48", "7"];
    file.content.guidance = Array.from({ length: 11 }, () => ({ section: "general" as const, text: "Note" }));
    expect(problemsOf(text(file))).toEqual([
      { path: "content.summary", message: issue("tooLong", { max: 2_000 }) },
      { path: "content.intendedUse.cpvPrefixes[1]", message: "templates.validation.cpvPrefixInvalid" },
      { path: "content.guidance", message: issue("tooMany", { max: 10 }) },
    ]);
  });

  it("keeps a <script> in a text field as plain text: it is data, never run or dropped", () => {
    const file = sampleTemplateFile();
    const hostile = '<script>alert("x")</script> **bold** <img src=x onerror="alert(1)">';
    file.content.requirements[0]!.text = hostile;
    file.template.name = "<script>document.cookie</script>";
    const result = parseTemplateFile(text(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.content.requirements[0]!.text).toBe(hostile);
    expect(result.file.template.name).toBe("<script>document.cookie</script>");
  });

  it("names content it cannot accept even when the rest is fine: a clause listed twice", () => {
    const file = sampleTemplateFile();
    file.content.clauses.push({ ...file.content.clauses[0]! });
    expect(problemsOf(text(file))).toEqual([
      {
        path: "content.clauses[6].key",
        message: messageRef("templates.validation.clauseTwice", { key: "deliverables-licence" }),
      },
    ]);
  });
});
