import { describe, expect, it } from "vitest";
import { NOTO_SANS_FILES } from "./fonts/noto-sans.generated";
import { woffToSfnt } from "./woff";

describe("woffToSfnt", () => {
  it("unwraps the TrueType tables of a WOFF font, each at a 4-byte boundary", () => {
    const woff = Buffer.from(NOTO_SANS_FILES["latin-400-normal"], "base64");
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer);
    const numTables = new DataView(woff.buffer, woff.byteOffset).getUint16(12);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    expect(view.getUint16(4)).toBe(numTables);
    // searchRange = 16 × the largest power of two ≤ numTables.
    expect(view.getUint16(6)).toBe(16 * 2 ** Math.floor(Math.log2(numTables)));
    const tags = Array.from({ length: numTables }, (_, index) => {
      const record = 12 + index * 16;
      expect(view.getUint32(record + 8) % 4).toBe(0);
      return String.fromCharCode(...sfnt.subarray(record, record + 4));
    });
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "loca", "name"]));
  });

  it("refuses what is not WOFF", () => {
    expect(() => woffToSfnt(new Uint8Array(48))).toThrow("Not a WOFF font");
  });
});
