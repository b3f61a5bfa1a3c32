import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "./json-error";

describe("jsonErrorOffset", () => {
  it.each<[string, string, number]>([
    ["a valid document", '{ "a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {} }', -1],
    ["a missing value", '{\n  "title": "x",\n  "summary": }', 31],
    ["a trailing comma", '{ "a": 1, }', 10],
    ["a missing comma", "[1 2]", 3],
    ["an unquoted key", "{ title: 1 }", 2],
    ["single quotes", "{ 'a': 1 }", 2],
    ["an unterminated string", '{ "a": "abc', 11],
    ["a bad escape", '["a\\x"]', 3],
    ["a raw line break in a string", '["a\nb"]', 3],
    ["a leading zero", "[01]", 2],
    ["text after the document", "{} x", 3],
    ["an empty text", "", 0],
  ])("%s", (_, source, offset) => {
    expect(jsonErrorOffset(source)).toBe(offset);
  });
});
