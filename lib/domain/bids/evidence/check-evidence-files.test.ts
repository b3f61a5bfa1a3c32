import { describe, expect, it } from "vitest";
import { checkEvidenceFiles, checkEvidenceSizes, evidenceFileName } from "./check-evidence-files";

const MB = 1024 * 1024;
const pdf = (size = 100) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.7"));
  return bytes;
};

describe("evidence sizes and counts", () => {
  it("needs at least one file", () => {
    expect(checkEvidenceSizes([])).toEqual(["problems.evidence.noFiles"]);
  });

  it("takes at most 10 files at once", () => {
    const files = Array.from({ length: 11 }, (_, index) => ({ name: `f${index}.pdf`, size: 10 }));
    expect(checkEvidenceSizes(files)).toEqual(['problems.evidence.tooManyFiles?{"count":11,"max":10}']);
    expect(checkEvidenceSizes(files.slice(0, 10))).toEqual([]);
  });

  it("refuses an empty file and one over 10 MB, naming each; 10 MB exactly is accepted", () => {
    expect(
      checkEvidenceSizes([
        { name: "empty.pdf", size: 0 },
        // 10 MB and one byte: 10.000001 MB, shown rounded up to one decimal, 10.1.
        { name: "big.pdf", size: 10 * MB + 1 },
        { name: "exact.pdf", size: 10 * MB },
      ]),
    ).toEqual([
      'problems.evidence.empty?{"name":"empty.pdf"}',
      'problems.evidence.tooLarge?{"name":"big.pdf","size":10.1,"max":10}',
    ]);
  });

  it("refuses more than 10 MB in all, when no single file is too large", () => {
    // 4 + 4 + 4 = 12 MB.
    const files = ["a.pdf", "b.pdf", "c.pdf"].map((name) => ({ name, size: 4 * MB }));
    expect(checkEvidenceSizes(files)).toEqual(['problems.evidence.uploadTooLarge?{"size":12,"max":10}']);
    // 5 + 5 = 10 MB exactly: accepted.
    expect(checkEvidenceSizes(files.slice(0, 2).map((file) => ({ ...file, size: 5 * MB })))).toEqual([]);
  });

  it("refuses a name longer than 200 characters, showing its first 40", () => {
    const name = `${"n".repeat(197)}.pdf`; // 201 characters
    expect(checkEvidenceSizes([{ name, size: 1 }])).toEqual([
      `problems.evidence.nameTooLong?{"name":"${"n".repeat(40)}…","max":200}`,
    ]);
  });
});

describe("checking evidence files in full", () => {
  it("accepts PDFs with their cleaned names and sniffed type", () => {
    const result = checkEvidenceFiles([
      { name: "C:\\fakepath\\ISO 27001.pdf", bytes: pdf() },
      { name: " statement\u0007.pdf ", bytes: pdf(8) },
    ]);
    expect(result).toEqual({
      ok: true,
      files: [
        { fileName: "ISO 27001.pdf", mediaType: "application/pdf", bytes: pdf() },
        { fileName: "statement.pdf", mediaType: "application/pdf", bytes: pdf(8) },
      ],
    });
  });

  it("lists every problem at once, one per file, each naming its file", () => {
    const result = checkEvidenceFiles([
      { name: "ok.pdf", bytes: pdf() },
      { name: "empty.pdf", bytes: new Uint8Array(0) },
      { name: "scan.png", bytes: pdf() },
      { name: "tool.exe", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        'problems.evidence.empty?{"name":"empty.pdf"}',
        'problems.evidence.extensionMismatch?{"name":"scan.png","type":"PDF","extensions":".pdf"}',
        'problems.evidence.typeNotAccepted?{"name":"tool.exe"}',
      ],
    });
  });

  it("keeps a name of its own for a file without one", () => {
    expect(evidenceFileName("  ")).toBe("evidence");
    expect(evidenceFileName("folder/sub/attest.pdf")).toBe("attest.pdf");
  });
});
