import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "./document-model";
import { pdfBytes, renderPdf } from "./render-pdf";
import { SAMPLE_HEADINGS, sampleDocument } from "./testing/sample-document";
import { readPdf } from "./testing/pdf-reader";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

// One rendering of the sample, read once, serves the tests that only look at it.
let sample: Uint8Array;
let read: Awaited<ReturnType<typeof readPdf>>;
beforeAll(async () => {
  sample = await pdfBytes(sampleDocument());
  read = await readPdf(sample);
}, 30_000);

describe("renderPdf", () => {
  it("has a text layer with every heading, in order, and the cover first", async () => {
    const rendered = await renderPdf(sampleDocument(), "tc-2026-014");
    expect(rendered.fileName).toBe("tc-2026-014.pdf");
    expect(rendered.mediaType).toBe("application/pdf");
    const { pages } = await readPdf(rendered.bytes);
    expect(pages[0]).toContain("Ville de Liège");
    expect(pages[0]).toContain("Référence TC-2026-014");
    const text = pages.slice(1).join("\n");
    // Past the contents (which lists levels 1–2 first), the headings follow in order.
    const body = text.slice(text.indexOf("1 Objet du marché\nLe pouvoir"));
    let from = 0;
    for (const heading of SAMPLE_HEADINGS) {
      const at = body.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(from);
      from = at + heading.length;
    }
  });

  it("writes markup as text, French and German letters, runs, lists, tables, facts and styled paragraphs", async () => {
    const text = read.pages.join("\n");
    expect(text).toContain(
      "Le pouvoir adjudicateur <b>achète</b> un logiciel & ses services « clé en main » ; Größe et",
    );
    expect(text).toContain("Straße, licence EUPL-1.2, voir le journal officiel.");
    expect(text).toContain("1. Lot 1 : hébergement");
    expect(text).toContain("• Données en Europe");
    expect(text).toContain("Coûts par année");
    expect(text).toContain("Ligne 45 <td> 45000,00");
    expect(text).toContain("Source : directive 2014/24/UE, art. 68.");
    expect(text).toContain("Conseil : pondérez le prix à 30 % au plus.");
    expect(text).toContain("[Nom du service acheteur]");
    expect(text).toContain("Taux d'actualisation 3 %");
  });

  it("repeats the table's header row on the next page and numbers the pages after the cover", async () => {
    const { pages } = read;
    // The 45-row table starts on page 2 and runs onto page 3, whose first line is its header.
    expect(pages[2]!.startsWith("Catégorie Montant (EUR)")).toBe(true);
    expect(pages[0]).not.toContain("Page 1");
    expect(pages[1]).toContain(`Page 2 sur ${pages.length}`);
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} sur ${pages.length}`);
  });

  it("lists the headings in the contents with the pages they are on", async () => {
    const { pages } = read;
    const headingPage = (heading: string) =>
      pages.findIndex((page, index) => index > 1 && page.includes(`${heading}\n`)) + 1;
    expect(pages[1]).toContain("Table des matières\n1 Objet du marché 2\n1.1 Lots 2\n");
    expect(pages[1]).toContain(`2 Critères d'attribution ${headingPage("2 Critères d'attribution")}`);
  });

  it("has bookmarks nested by heading level", async () => {
    const { outline } = read;
    expect(outline).toEqual([
      "1 Objet du marché",
      "  1.1 Lots",
      "    1.1.1 Détail des coûts",
      "      1.1.1.1 Remarque finale",
      "2 Critères d'attribution",
    ]);
  });

  it("is tagged, in the document's language, with its title shown and its font embedded", async () => {
    const raw = latin1(sample);
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/MarkInfo");
    expect(raw).toContain("/Marked true");
    expect(raw).toContain("/Lang (fr)");
    expect(raw).toContain("/DisplayDocTitle true");
    expect(raw).toContain("/FontFile2");
    expect(raw).toContain("NotoSans-Regular");
    const { info } = read;
    expect(info).toMatchObject({ Title: "Cahier des charges — Gestion des dossiers", Author: "Ville de Liège" });
  });

  it("shows the letters of every EU language, whatever their script", async () => {
    const model: DocumentModel = {
      meta: { title: "Scripts", language: "en", createdAt: "2026-01-01T00:00:00Z" },
      labels: { pageNumber: "Page {page} of {pages}" },
      blocks: [{ kind: "paragraph", content: ["Łódź, Dvořák, Ελλάδα, България, Iași, Šiauliai"] }],
    };
    const { pages } = await readPdf(await pdfBytes(model));
    expect(pages[0]).toContain("Łódź, Dvořák, Ελλάδα, България, Iași, Šiauliai");
  });

  it("gives the same bytes for the same model, and only the dates and id change with the creation date", async () => {
    const a = sample;
    const b = await pdfBytes(sampleDocument());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await pdfBytes(sampleDocument("2027-01-15T08:00:00.000Z"));
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
    const mask = (bytes: Uint8Array) =>
      latin1(bytes)
        .replace(/\(D:\d{14}Z\)/g, "(D:date)")
        .replace(/<xmp:CreateDate>[^<]*<\/xmp:CreateDate>/g, "<xmp:CreateDate/>")
        .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, "/ID []");
    expect(latin1(later)).toContain("(D:20270115080000Z)");
    expect(mask(later)).toBe(mask(a));
  }, 20_000);
});
