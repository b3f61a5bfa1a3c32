import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { convertWithLibreOffice, findSoffice, libreOfficeRequired } from "@/scripts/testing/libreoffice";
import { parseBidsCsv } from "@/lib/domain/bids/import/parse-bids-csv";
import { buildPriceSchedule } from "./price-schedule";
import { renderDocx } from "./render-docx";
import { renderOdt } from "./render-odt";
import { renderOds } from "./render-ods";
import { renderXlsx } from "./render-xlsx";
import { filledIn, labelsFor, SCHEDULE_TENDER } from "./testing/price-schedule-fixtures";
import { readPdf } from "./testing/pdf-reader";
import { SAMPLE_HEADINGS, sampleDocument } from "./testing/sample-document";

/**
 * The exports opened by LibreOffice, headless: the text documents convert to PDF with every
 * heading, and the price schedule, filled in and saved as CSV, imports as a bid.
 */
const soffice = findSoffice();
if (!soffice && libreOfficeRequired()) {
  throw new Error("LibreOffice (soffice) is required in CI for the export round trips: .ci/run installs it.");
}
if (!soffice) {
  console.warn(
    "Skipping the LibreOffice round trips of the exports: soffice is not installed " +
      "(apt-get install libreoffice-writer-nogui libreoffice-calc-nogui). CI runs them.",
  );
}

const work = mkdtempSync(join(tmpdir(), "tc-exports-"));
const profile = join(work, "profile");
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!soffice)("exports opened by LibreOffice", () => {
  it("converts the ODT and DOCX exports to PDF with every heading", async () => {
    const model = sampleDocument();
    const files = [await renderOdt(model, "sample-odt"), await renderDocx(model, "sample-docx")].map((rendered) => {
      const path = join(work, rendered.fileName);
      writeFileSync(path, rendered.bytes);
      return path;
    });
    await convertWithLibreOffice(soffice!, files, "pdf", work, profile);
    for (const name of ["sample-odt", "sample-docx"]) {
      const { pages } = await readPdf(new Uint8Array(readFileSync(join(work, `${name}.pdf`))));
      const text = pages.join("\n");
      for (const heading of SAMPLE_HEADINGS) expect(text, `${name}: ${heading}`).toContain(heading);
      expect(text).toContain("<b>achète</b>");
      expect(text).toContain("Ligne 45 <td>");
      // The footer's fields are filled in: the last page says it is the last.
      expect(pages[pages.length - 1]).toContain(`Page ${pages.length} sur ${pages.length}`);
      expect(pages[0]).not.toContain("Page 1 sur");
    }
  }, 240_000);

  it("reads the filled-in price schedule (ODS and XLSX) back as a bid once saved as CSV", async () => {
    const labels = labelsFor("fr");
    const model = filledIn(
      buildPriceSchedule(SCHEDULE_TENDER, labels, { createdAt: "2026-03-02T09:30:00Z", language: "fr" }),
      "LOT-1",
      "2026-11-19 10:30",
    );
    const files = [await renderOds(model, "prices-ods"), await renderXlsx(model, "prices-xlsx")].map((rendered) => {
      const path = join(work, rendered.fileName);
      writeFileSync(path, rendered.bytes);
      return path;
    });
    // Comma-separated, double quotes, UTF-8 (76): the first sheet, as "Save as CSV" writes it.
    await convertWithLibreOffice(soffice!, files, "csv:Text - txt - csv (StarCalc):44,34,76", work, profile);
    for (const name of ["prices-ods", "prices-xlsx"]) {
      const csv = readFileSync(join(work, `${name}.csv`), "utf8");
      const result = parseBidsCsv(csv, {
        tcoHorizonYears: 3,
        lotKeys: ["LOT-1", "LOT-2"],
        requiredStandardIds: [],
        tenderDeadline: "2026-11-20",
        publicationDate: "2026-10-01",
      });
      expect(result, name).toMatchObject({ ok: true });
      if (!result.ok) continue;
      expect(result.bids).toHaveLength(1);
      const bid = result.bids[0]!;
      expect(bid.content.bidder.name).toBe('Société "Libre", Liège');
      expect(bid.content.lotKey).toBe("LOT-1");
      // 11 categories × years 0–4; year 2 typed "200,50" → 20,050 cents.
      expect(bid.content.costLines).toHaveLength(55);
      expect(bid.content.costLines.find((line) => line.category === "HOSTING" && line.year === 2)?.amountCents).toBe(
        20_050,
      );
      expect(bid.receivedAt.toISOString()).toBe("2026-11-19T10:30:00.000Z");
    }
  }, 240_000);
});
