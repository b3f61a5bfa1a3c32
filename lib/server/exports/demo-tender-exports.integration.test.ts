import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAUSE_LIBRARY } from "@/lib/domain/clauses/library";
import type { RenderedDocument } from "@/lib/domain/documents/document-model";
import { EXPORT_FORMATS } from "@/lib/domain/documents/formats";
import { SPREADSHEET_FORMATS } from "@/lib/domain/documents/spreadsheet-formats";
import { readPdf } from "@/lib/domain/documents/testing/pdf-reader";
import { inOrder, positions, unzipText } from "@/lib/domain/documents/testing/unzip";
import { isLocale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import { CASE_MANAGEMENT_CLAUSES } from "@/prisma/demo-clauses";
import { caseManagementTender } from "@/prisma/demo-published-tender";
import { demoTenderColumns } from "@/prisma/demo-tenders";
import { insertSealedBid, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { convertWithLibreOffice, findSoffice, libreOfficeRequired } from "@/scripts/testing/libreoffice";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";
import { exportPriceSchedule } from "./export-price-schedule";
import { exportTender } from "./export-tender";

/**
 * Issue 8's round trip on real data: the demo case-management tender (its ten clauses, award
 * criteria, sovereignty profile and timeline, as the seed stores it), with a bid received and
 * sealed, exported through the same use cases as the routes. The ODT and DOCX open in
 * LibreOffice and convert without error, with every clause title in the text; the PDF has the
 * title and every clause title; and the sealed bid's bidder is in no file of any format.
 */
const soffice = findSoffice();
if (!soffice && libreOfficeRequired()) {
  throw new Error("LibreOffice (soffice) is required in CI for the export round trips: .ci/run installs it.");
}
if (!soffice) {
  console.warn(
    "Skipping the LibreOffice conversion of the demo tender's exports: soffice is not installed " +
      "(apt-get install libreoffice-writer-nogui libreoffice-calc-nogui). CI runs it.",
  );
}

const db = connectTestDatabase();
const work = mkdtempSync(join(tmpdir(), "tc-demo-exports-"));
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await db.$disconnect();
});

const SEALED_BIDDER = "Confidential Bidder Zeta";
const SEALED_CONTACT = "Ottilie Sealedperson";
const demo = caseManagementTender(new Date().toISOString().slice(0, 10));
const language = isLocale(demo.documentsLanguage) ? demo.documentsLanguage : "en";
/** The clause titles as the library writes them in the documents language, in the tender's order. */
const clauseTitles = CASE_MANAGEMENT_CLAUSES.map(
  (chosen) => CLAUSE_LIBRARY.find((clause) => clause.key === chosen.key)!.content[language].title,
);
const CLAUSES_HEADING = { en, fr, de }[language].documents.tender.clauses.heading;

let drafter: Viewer;
let tenderId: string;
const files = new Map<string, RenderedDocument>();
const now = new Date("2026-03-02T09:30:00Z");

/** Text with every run of white space as one space: a title may wrap onto two lines in a PDF. */
const flat = (text: string) => text.replace(/\s+/g, " ");

beforeAll(async () => {
  const organisation = await createTestOrganisation(db, "Ministry of Digital Affairs");
  drafter = await createTestViewer(db, organisation.id, ["DRAFTER"]);
  const tender = await db.tender.create({
    data: { organisationId: organisation.id, reference: `MIN-DEMO-${Date.now()}`, ...demoTenderColumns(demo) },
  });
  tenderId = tender.id;
  await insertSealedBid(db, tenderId, {
    content: sampleBidContent({
      bidder: { ...sampleBidContent().bidder, name: SEALED_BIDDER, contactName: SEALED_CONTACT },
      solution: "Zeta's secret solution",
    }),
  });
  for (const format of EXPORT_FORMATS) {
    files.set(format, await exportTender(db, drafter, tenderId, format, { origin: "https://tc.example", now }));
  }
  for (const format of SPREADSHEET_FORMATS) {
    files.set(format, await exportPriceSchedule(db, drafter, tenderId, format, { now }));
  }
}, 120_000);

describe("the demo case-management tender's exports", () => {
  it("has ten clauses to look for, and the Markdown holds each title in the tender's order", () => {
    expect(clauseTitles).toHaveLength(10);
    const markdown = new TextDecoder().decode(files.get("md")!.bytes);
    const body = markdown.slice(markdown.lastIndexOf(CLAUSES_HEADING));
    expect(inOrder(positions(body, clauseTitles)), body.slice(0, 2000)).toBe(true);
  });

  it("gives a PDF whose text has the title and every clause title", async () => {
    const { pages } = await readPdf(files.get("pdf")!.bytes);
    const text = flat(pages.join("\n"));
    expect(text).toContain(demo.title);
    const body = text.slice(text.lastIndexOf(CLAUSES_HEADING));
    for (const title of clauseTitles) expect(body, title).toContain(title);
    expect(inOrder(positions(body, clauseTitles))).toBe(true);
  }, 60_000);

  it("never holds the sealed bid, in any format", async () => {
    for (const [format, file] of files) {
      const zipped = ["odt", "docx", "ods", "xlsx"].includes(format);
      const text =
        format === "pdf"
          ? (await readPdf(file.bytes)).pages.join("\n")
          : zipped
            ? Object.values(unzipText(file.bytes)).join("\n")
            : new TextDecoder().decode(file.bytes);
      expect(text.length, format).toBeGreaterThan(1000);
      for (const secret of [SEALED_BIDDER, SEALED_CONTACT, "Zeta"]) expect(text, `${format}: ${secret}`).not.toContain(secret); // prettier-ignore
    }
  }, 60_000);

  it.skipIf(!soffice)(
    "converts the ODT and DOCX with LibreOffice headless, with every clause title in the text",
    async () => {
      const paths = ["odt", "docx"].map((format) => {
        const path = join(work, `demo-${format}.${format}`);
        writeFileSync(path, files.get(format)!.bytes);
        return path;
      });
      await convertWithLibreOffice(soffice!, paths, "txt:Text (encoded):UTF8", work, join(work, "profile"));
      for (const format of ["odt", "docx"]) {
        const text = flat(readFileSync(join(work, `demo-${format}.txt`), "utf8"));
        expect(text, format).toContain(demo.title);
        const body = text.slice(text.lastIndexOf(CLAUSES_HEADING));
        for (const title of clauseTitles) expect(body, `${format}: ${title}`).toContain(title);
        expect(inOrder(positions(body, clauseTitles)), format).toBe(true);
        expect(text).not.toContain(SEALED_BIDDER);
      }
    },
    240_000,
  );
});
