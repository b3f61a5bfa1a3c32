import { unzlibSync } from "fflate";

/**
 * A WOFF 1.0 font (W3C) turned back into the TrueType/OpenType file it wraps: the same tables,
 * inflated. The PDF font engine reads WOFF too, but inflates a table each time it reads it, which
 * made every export seconds slower; an sfnt file is read directly.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.getUint32(0) !== 0x774f4646) throw new Error("Not a WOFF font");
  const flavor = input.getUint32(4);
  const numTables = input.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = input.getUint32(entry + 4);
    const compLength = input.getUint32(entry + 8);
    const origLength = input.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: input.getUint32(entry),
      checksum: input.getUint32(entry + 16),
      data: compLength < origLength ? unzlibSync(stored) : stored,
    };
  });
  const headerLength = 12 + 16 * numTables;
  const padded = (length: number) => (length + 3) & ~3;
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength);
  const output = new Uint8Array(total);
  const view = new DataView(output.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    view.setUint32(record, table.tag);
    view.setUint32(record + 4, table.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    output.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return output;
}
