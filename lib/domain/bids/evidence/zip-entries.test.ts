import { describe, expect, it } from "vitest";
import { zipFile } from "@/scripts/testing/zip-fixture";
import { firstZipEntry, startsLikeZip, zipEntryNames } from "./zip-entries";

describe("zip entries", () => {
  const archive = zipFile([
    { name: "mimetype", content: "application/vnd.oasis.opendocument.text" },
    { name: "content.xml", content: "<office:document-content/>" },
  ]);

  it("lists the names of the central directory, in its order", () => {
    expect(startsLikeZip(archive)).toBe(true);
    expect(zipEntryNames(archive)).toEqual(["mimetype", "content.xml"]);
  });

  it("reads the first entry's text when it is stored", () => {
    expect(firstZipEntry(archive)).toEqual({
      name: "mimetype",
      storedText: "application/vnd.oasis.opendocument.text",
    });
  });

  it("finds the end record before an archive comment", () => {
    expect(zipEntryNames(zipFile([{ name: "a.txt", content: "a" }], "made by hand"))).toEqual(["a.txt"]);
  });

  it("answers null for what is not a ZIP file, or a cut one", () => {
    const text = new TextEncoder().encode("PK is not enough");
    expect(startsLikeZip(text)).toBe(false);
    expect(zipEntryNames(text)).toBeNull();
    expect(firstZipEntry(text)).toBeNull();
    // Without its last 10 bytes the end record is gone.
    expect(zipEntryNames(archive.subarray(0, archive.length - 10))).toBeNull();
    expect(zipEntryNames(new Uint8Array(0))).toBeNull();
  });
});
