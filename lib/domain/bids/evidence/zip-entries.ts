/**
 * Just enough of the ZIP format (PKWARE APPNOTE 6.3) to tell office documents apart: the names of
 * the entries, from the central directory at the end of the file, and the content of the first
 * entry when it is stored uncompressed (where OpenDocument puts its `mimetype`). Nothing is
 * decompressed. Anything that does not add up is "not a ZIP file" (null).
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

const decoder = new TextDecoder("utf-8");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER;
}

/** The names of a ZIP file's entries, in the order of its central directory; null if it is not one. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const data = view(bytes);
  const end = findEndOfCentralDirectory(data);
  if (end === null) return null;
  const count = data.getUint16(end + 10, true);
  const size = data.getUint32(end + 12, true);
  const start = data.getUint32(end + 16, true);
  if (start + size > end) return null;
  const names: string[] = [];
  let at = start;
  for (let index = 0; index < count; index++) {
    if (at + 46 > start + size || data.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > start + size) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The first entry's name and, when it is stored without compression, its content as text. */
export function firstZipEntry(bytes: Uint8Array): { name: string; storedText: string | null } | null {
  if (!startsLikeZip(bytes) || bytes.length < 30) return null;
  const data = view(bytes);
  const method = data.getUint16(8, true);
  const compressedSize = data.getUint32(18, true);
  const nameLength = data.getUint16(26, true);
  const extraLength = data.getUint16(28, true);
  const contentStart = 30 + nameLength + extraLength;
  if (contentStart > bytes.length) return null;
  const name = decoder.decode(bytes.subarray(30, 30 + nameLength));
  const stored = method === 0 && contentStart + compressedSize <= bytes.length;
  return {
    name,
    storedText: stored ? decoder.decode(bytes.subarray(contentStart, contentStart + compressedSize)) : null,
  };
}

/** The end record is the last 22 bytes, unless the archive has a comment (up to 64 KB) after it. */
function findEndOfCentralDirectory(data: DataView): number | null {
  const last = data.byteLength - END_RECORD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return null;
}
