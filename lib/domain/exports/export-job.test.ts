import { describe, expect, it } from "vitest";
import {
  EXPORT_JOB_FILES,
  exportJobExpiry,
  exportJobFileName,
  exportJobProgress,
  isInterrupted,
  storedWithoutCompression,
} from "./export-job";

describe("exportJobProgress", () => {
  it("counts the share of steps done, rounded down, and keeps 100 for the stored file", () => {
    // 1 of 8 steps: 12.5 % → 12; 7 of 8: 87.5 % → 87; 8 of 8 is still 99 until DONE.
    expect(exportJobProgress(1, 8)).toBe(12);
    expect(exportJobProgress(7, 8)).toBe(87);
    expect(exportJobProgress(8, 8)).toBe(99);
    expect(exportJobProgress(0, 8)).toBe(0);
    expect(exportJobProgress(3, 0)).toBe(0);
  });
});

describe("isInterrupted", () => {
  const at = (iso: string) => new Date(iso);
  it("takes a job still in preparation that has not moved for over 5 minutes as interrupted", () => {
    // 10:00:00 + 5 min = 10:05:00: at 10:05:00 it is still within the limit, at 10:05:01 not.
    const job = { status: "RUNNING" as const, updatedAt: at("2026-03-02T10:00:00Z") };
    expect(isInterrupted(job, at("2026-03-02T10:05:00Z"))).toBe(false);
    expect(isInterrupted(job, at("2026-03-02T10:05:01Z"))).toBe(true);
    expect(isInterrupted({ ...job, status: "QUEUED" }, at("2026-03-02T11:00:00Z"))).toBe(true);
  });

  it("never takes a finished or failed job as interrupted", () => {
    const old = at("2026-03-01T00:00:00Z");
    expect(isInterrupted({ status: "DONE", updatedAt: old }, at("2026-03-02T00:00:00Z"))).toBe(false);
    expect(isInterrupted({ status: "FAILED", updatedAt: old }, at("2026-03-02T00:00:00Z"))).toBe(false);
  });
});

describe("exportJobExpiry", () => {
  it("keeps a job for 24 hours", () => {
    expect(exportJobExpiry(new Date("2026-03-02T23:30:00Z")).toISOString()).toBe("2026-03-03T23:30:00.000Z");
  });
});

describe("the files of each ZIP", () => {
  it("has the tender in the five document formats and the price schedule in two", () => {
    expect(EXPORT_JOB_FILES.TENDER_DOCUMENTS.map((file) => file.format).join(" ")).toBe(
      "odt docx pdf md json ods xlsx",
    );
    expect(EXPORT_JOB_FILES.EVALUATION_FILE.map((file) => file.format).join(" ")).toBe("odt docx pdf md json");
  });

  it("names the ZIP after the files and what it holds", () => {
    expect(exportJobFileName("MIN-2027-0004-case-management", "TENDER_DOCUMENTS")).toBe(
      "MIN-2027-0004-case-management-all-documents.zip",
    );
    expect(exportJobFileName("MIN-2027-0004-case-management", "EVALUATION_FILE")).toBe(
      "MIN-2027-0004-case-management-evaluation-file.zip",
    );
    expect(exportJobFileName("ministry-of-digital-affairs", "ORGANISATION_TEMPLATES")).toBe(
      "ministry-of-digital-affairs-templates.zip",
    );
  });

  it("stores packages and PDFs as they are, and compresses text", () => {
    expect(["a.odt", "a.DOCX", "a.ods", "a.xlsx", "a.pdf"].every(storedWithoutCompression)).toBe(true);
    expect(["a.md", "a.json"].some(storedWithoutCompression)).toBe(false);
  });
});
