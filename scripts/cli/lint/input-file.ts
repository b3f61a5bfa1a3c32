import { readFileBytes } from "../read-file";

/**
 * Reading the file to lint, with a precise message for what a linter of text cannot read: a
 * missing or unreadable file, a folder, a file above the size limit, a binary file (a NUL byte:
 * a Word or PDF document, an image), text in UTF-16, or bytes that are not UTF-8.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type InputFile = { ok: true; text: string } | { ok: false; message: string };

export function readInputFile(path: string): InputFile {
  const read = readFileBytes(path, MAX_INPUT_BYTES);
  if (!read.ok) {
    if (read.problem === "folder") return { ok: false, message: `${path} is a folder; give a file.` };
    if (read.problem === "unreadable") return { ok: false, message: `${path}: ${read.reason}` };
    const size = `${bytes(read.size)} (${(read.size / 1024 / 1024).toFixed(1)} MB)`;
    const limit = `5 MB (${bytes(MAX_INPUT_BYTES)})`;
    return { ok: false, message: `${path} is ${size}; the linter reads files of up to ${limit}. Lint it in parts.` };
  }
  const decoded = decodeText(read.bytes);
  return decoded.ok ? decoded : { ok: false, message: `${path} ${decoded.message}` };
}

function bytes(count: number): string {
  return `${count.toLocaleString("en")} bytes`;
}

/** The text of a file's bytes, or why they are not text the linter can read. */
export function decodeText(bytes: Uint8Array): InputFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: "is UTF-16 text; save it as UTF-8 and lint it again." };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      message: `looks like a binary file (a NUL byte at byte ${nul}). Give a Markdown, plain-text or JSON file; save a word-processor document as plain text first.`, // prettier-ignore
    };
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    return { ok: false, message: `is not valid UTF-8 (at byte ${invalid}); save it as UTF-8 and lint it again.` };
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or -1. TextDecoder can refuse bad input but cannot say where.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90; // overlong
      if (lead === 0xf4) max = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += length;
  }
  return -1;
}
