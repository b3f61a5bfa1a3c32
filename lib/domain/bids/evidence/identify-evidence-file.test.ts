import { describe, expect, it } from "vitest";
import { zipFile } from "@/scripts/testing/zip-fixture";
import { fileExtension, identifyEvidenceFile, sniffContent } from "./identify-evidence-file";

const bytes = (...values: number[]) => new Uint8Array([...values, 0x00, 0x01, 0x02, 0x03]);
const text = (value: string) => new TextEncoder().encode(value);
const media = (name: string, content: Uint8Array) => {
  const identified = identifyEvidenceFile(name, content);
  return identified.ok ? identified.type.mediaType : identified;
};

describe("sniffing evidence files by their first bytes", () => {
  it.each([
    ["a PDF", text("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "pdf"],
    ["a PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "png"],
    ["a JPEG", bytes(0xff, 0xd8, 0xff, 0xe0), "jpeg"],
    ["a GIF", text("GIF89a\u0001\u0000"), "gif"],
    // "RIFF", a 4-byte size, then "WEBP".
    ["a WebP", bytes(0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50), "webp"],
    ["a TIFF (Intel)", bytes(0x49, 0x49, 0x2a, 0x00), "tiff"],
    ["a TIFF (Motorola)", bytes(0x4d, 0x4d, 0x00, 0x2a), "tiff"],
  ])("%s", (_, content, key) => {
    expect(sniffContent(content)).toEqual({ kind: "type", key });
  });

  it("finds a PDF header within the first 1024 bytes, not later", () => {
    // 1019 spaces then "%PDF-": the header ends at byte 1024, inside the window.
    expect(sniffContent(text(`${" ".repeat(1019)}%PDF-1.4`))).toEqual({ kind: "type", key: "pdf" });
    // One space more and it starts at 1020, ending at 1025: outside; the file is plain text.
    expect(sniffContent(text(`${" ".repeat(1020)}%PDF-1.4`))).toEqual({ kind: "text" });
  });

  it("tells OpenDocument files by their stored mimetype entry", () => {
    const odf = (type: string) =>
      zipFile([{ name: "mimetype", content: `application/vnd.oasis.opendocument.${type}` }]);
    expect(sniffContent(odf("text"))).toEqual({ kind: "type", key: "odt" });
    expect(sniffContent(odf("spreadsheet"))).toEqual({ kind: "type", key: "ods" });
    expect(sniffContent(odf("presentation"))).toEqual({ kind: "type", key: "odp" });
    expect(sniffContent(odf("graphics"))).toEqual({ kind: "type", key: "odg" });
    expect(sniffContent(odf("formula"))).toEqual({ kind: "unknown" });
  });

  it("tells Word and Excel documents by their parts, and refuses them with macros", () => {
    const types = { name: "[Content_Types].xml", content: "<Types/>" };
    const docx = zipFile([types, { name: "word/document.xml", content: "<w:document/>" }]);
    const xlsx = zipFile([
      { name: "_rels/.rels", content: "<Relationships/>" },
      types,
      { name: "xl/workbook.xml", content: "" },
    ]);
    const docm = zipFile([
      types,
      { name: "word/document.xml", content: "" },
      { name: "word/vbaProject.bin", content: "x" },
    ]);
    expect(sniffContent(docx)).toEqual({ kind: "type", key: "docx" });
    expect(sniffContent(xlsx)).toEqual({ kind: "type", key: "xlsx" });
    expect(sniffContent(docm)).toEqual({ kind: "macros" });
    // Any other ZIP archive (a folder zipped, a PowerPoint file) is not evidence.
    expect(sniffContent(zipFile([{ name: "readme.txt", content: "hello" }]))).toEqual({ kind: "unknown" });
    expect(sniffContent(zipFile([types, { name: "ppt/presentation.xml", content: "" }]))).toEqual({ kind: "unknown" });
  });

  it("takes UTF-8 without control characters as text, and nothing else", () => {
    expect(sniffContent(text("Data centres: Frankfurt, Paris\r\n\tTier III\f"))).toEqual({ kind: "text" });
    // With a byte-order mark.
    expect(sniffContent(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ kind: "text" });
    // 0xC3 0x28 is not UTF-8; "MZ" and a NUL byte start a Windows program.
    expect(sniffContent(new Uint8Array([0x61, 0xc3, 0x28]))).toEqual({ kind: "unknown" });
    expect(sniffContent(bytes(0x4d, 0x5a, 0x90))).toEqual({ kind: "unknown" });
    // A legacy Word file (OLE compound document).
    expect(sniffContent(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toEqual({ kind: "unknown" });
  });
});

describe("identifying an evidence file: its content, then its name", () => {
  it("gives the media type of the content when the name agrees, in any case", () => {
    expect(media("Certificate.PDF", text("%PDF-1.7"))).toBe("application/pdf");
    expect(media("scan.jpg", bytes(0xff, 0xd8, 0xff))).toBe("image/jpeg");
    expect(media("scan.jpeg", bytes(0xff, 0xd8, 0xff))).toBe("image/jpeg");
    expect(media("notes.txt", text("plain"))).toBe("text/plain");
    expect(media("notes.md", text("# plain"))).toBe("text/plain");
    expect(media("centres.csv", text("city,tier\nParis,3"))).toBe("text/csv");
    expect(media("attest.json", text('{"iso27001": true}'))).toBe("application/json");
  });

  it("refuses a name that says another type than the content", () => {
    expect(media("report.docx", text("%PDF-1.7"))).toEqual({
      ok: false,
      code: "extensionMismatch",
      type: "PDF",
      extensions: ".pdf",
    });
    expect(media("photo.png", bytes(0xff, 0xd8, 0xff))).toEqual({
      ok: false,
      code: "extensionMismatch",
      type: "JPEG",
      extensions: ".jpg, .jpeg",
    });
    // A web page is text, but not named as evidence text may be.
    expect(media("page.html", text("<script>alert(1)</script>"))).toEqual({
      ok: false,
      code: "textExtension",
      extensions: ".txt, .text, .md, .log, .csv, .json",
    });
    expect(media("certificate", text("%PDF-1.7"))).toMatchObject({ ok: false, code: "extensionMismatch" });
  });

  it("refuses what is not accepted: unknown content, macros, JSON that is not", () => {
    expect(media("tool.pdf", bytes(0x4d, 0x5a))).toEqual({ ok: false, code: "typeNotAccepted" });
    const docm = zipFile([
      { name: "[Content_Types].xml", content: "" },
      { name: "word/document.xml", content: "" },
      { name: "word/vbaProject.bin", content: "" },
    ]);
    expect(media("offer.docx", docm)).toEqual({ ok: false, code: "macros" });
    expect(media("attest.json", text("{iso: yes}"))).toEqual({ ok: false, code: "notJson" });
  });

  it("reads the extension after the last dot; none for a dot file or no dot", () => {
    expect(fileExtension("a.tar.PDF")).toBe("pdf");
    expect(fileExtension(".pdf")).toBe("");
    expect(fileExtension("README")).toBe("");
  });
});
