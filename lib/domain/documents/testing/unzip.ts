import { strFromU8, unzipSync } from "fflate";

/** The entries of a ZIP package as text, by path, for tests. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** Paths in the order they are stored, read from the local file headers (the first must be `mimetype`). */
export function zipEntryOrder(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    names.push(strFromU8(bytes.subarray(offset + 30, offset + 30 + nameLength)));
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

/** Whether the entry at the start of the archive is stored (method 0), as ODF requires of `mimetype`. */
export function firstEntryStored(bytes: Uint8Array): boolean {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(8, true) === 0;
}

/** The positions of each needle in the text, in the order given: increasing if they appear in that order. */
export function positions(text: string, needles: readonly string[]): number[] {
  return needles.map((needle) => text.indexOf(needle));
}

/** Whether the numbers are all found (≥ 0) and strictly increasing. */
export function inOrder(indexes: readonly number[]): boolean {
  return indexes.every((index, position) => index >= 0 && (position === 0 || index > indexes[position - 1]!));
}
