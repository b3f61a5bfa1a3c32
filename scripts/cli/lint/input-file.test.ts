import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8Byte, MAX_INPUT_BYTES, readInputFile } from "./input-file";

let folder: string;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "lint-input-"));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(folder, name);
  fs.writeFileSync(target, content);
  return target;
}

describe("decodeText", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    expect(decodeText(new TextEncoder().encode("Équivalent ✓"))).toEqual({ ok: true, text: "Équivalent ✓" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: "A" });
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "" });
  });

  it("refuses binary content, UTF-16 and invalid UTF-8 with where and what to do", () => {
    expect(decodeText(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00]))).toEqual({
      ok: false,
      message:
        "looks like a binary file (a NUL byte at byte 4). Give a Markdown, plain-text or JSON file; save a word-processor document as plain text first.",
    });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      ok: false,
      message: "is UTF-16 text; save it as UTF-8 and lint it again.",
    });
    expect(decodeText(Uint8Array.from([0x41, 0x42, 0xe9, 0x43]))).toEqual({
      ok: false,
      message: "is not valid UTF-8 (at byte 2); save it as UTF-8 and lint it again.",
    });
  });
});

describe("firstInvalidUtf8Byte", () => {
  it.each<[string, number[], number]>([
    ["ASCII", [0x41, 0x42], -1],
    ["two, three and four bytes", [0xc3, 0xa9, 0xe2, 0x9c, 0x93, 0xf0, 0x9f, 0x98, 0x80], -1],
    ["a Latin-1 é", [0x41, 0xe9], 1],
    ["a stray continuation byte", [0x80], 0],
    ["an overlong slash", [0xc0, 0xaf], 0],
    ["an overlong three-byte form", [0xe0, 0x80, 0xaf], 0],
    ["a surrogate", [0x41, 0xed, 0xa0, 0x80], 1],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a sequence cut short", [0x41, 0xe2, 0x9c], 1],
  ])("%s", (_, bytes, expected) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe("readInputFile", () => {
  it("reads a text file", () => {
    expect(readInputFile(file("spec.md", "# Spec\n"))).toEqual({ ok: true, text: "# Spec\n" });
  });

  it("names a missing file and a folder", () => {
    const missing = path.join(folder, "nowhere.md");
    expect(readInputFile(missing)).toEqual({ ok: false, message: `${missing}: no such file.` });
    expect(readInputFile(folder)).toEqual({ ok: false, message: `${folder} is a folder; give a file.` });
  });

  it("refuses a file above 5 MB before reading it", () => {
    const huge = file("huge.md", Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    expect(readInputFile(huge)).toEqual({
      ok: false,
      message: `${huge} is 5,242,881 bytes (5.0 MB); the linter reads files of up to 5 MB (5,242,880 bytes). Lint it in parts.`,
    });
    expect(readInputFile(file("limit.md", Buffer.alloc(MAX_INPUT_BYTES, 0x61))).ok).toBe(true);
  });

  it("puts the file's name before what is wrong with its bytes", () => {
    const binary = file("doc.docx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]));
    expect(readInputFile(binary)).toMatchObject({ ok: false, message: expect.stringMatching(/doc\.docx looks like a binary file \(a NUL byte at byte 4\)/) }); // prettier-ignore
  });
});
