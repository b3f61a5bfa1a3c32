import { describe, expect, it } from "vitest";
import { renderOdt } from "./render-odt";
import { SAMPLE_HEADINGS, sampleDocument } from "./testing/sample-document";
import { firstEntryStored, inOrder, positions, unzipText, zipEntryOrder } from "./testing/unzip";

describe("renderOdt", () => {
  it("writes an OpenDocument package: mimetype first and stored, then the parts the manifest lists", async () => {
    const { bytes, fileName, mediaType } = await renderOdt(sampleDocument(), "tc-2026-014");
    expect(fileName).toBe("tc-2026-014.odt");
    expect(mediaType).toBe("application/vnd.oasis.opendocument.text");
    expect(zipEntryOrder(bytes)[0]).toBe("mimetype");
    expect(firstEntryStored(bytes)).toBe(true);
    const files = unzipText(bytes);
    expect(files["mimetype"]).toBe("application/vnd.oasis.opendocument.text");
    for (const part of ["content.xml", "styles.xml", "meta.xml"]) {
      expect(files["META-INF/manifest.xml"]).toContain(`manifest:full-path="${part}"`);
    }
  });

  it("writes the headings in order, with their outline levels and numbers", async () => {
    const content = unzipText((await renderOdt(sampleDocument(), "x")).bytes)["content.xml"]!;
    // The contents entries come first; the headings themselves are the text:h elements.
    const body = content.slice(content.indexOf("</text:table-of-content>"));
    expect(
      inOrder(
        positions(
          body,
          SAMPLE_HEADINGS.map((heading) => heading.replace("'", "&apos;")),
        ),
      ),
    ).toBe(true);
    expect(content).toContain(
      '<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:bookmark text:name="object"/>1 Objet du marché</text:h>',
    );
    expect(content).toContain('text:outline-level="4"');
  });

  it("escapes text, so markup in a model stays words", async () => {
    const content = unzipText((await renderOdt(sampleDocument(), "x")).bytes)["content.xml"]!;
    expect(content).toContain("&lt;b&gt;achète&lt;/b&gt; un logiciel &amp; ses services");
    expect(content).not.toContain("<b>");
    expect(content).toContain("Ligne 45 &lt;td&gt;");
  });

  it("writes runs, links, lists, captions, table cells with a repeated header row, and paragraph styles", async () => {
    const content = unzipText((await renderOdt(sampleDocument(), "x")).bytes)["content.xml"]!;
    expect(content).toContain('<text:span text:style-name="Strong_20_Emphasis">Größe</text:span>');
    expect(content).toContain('<text:span text:style-name="Emphasis">Straße</text:span>');
    expect(content).toContain('<text:span text:style-name="Source_20_Text">EUPL-1.2</text:span>');
    expect(content).toContain('xlink:href="https://eur-lex.europa.eu/eli/dir/2014/24/oj"');
    expect(content).toContain('<text:list text:style-name="Numbering_20_123">');
    expect(content).toContain('<text:list text:style-name="List_20_Bullet">');
    expect(content).toContain('<text:p text:style-name="Table">Coûts par année</text:p>');
    expect(content).toMatch(
      /<table:table-header-rows><table:table-row>.*Catégorie.*Montant \(EUR\).*<\/table:table-row><\/table:table-header-rows>/,
    );
    expect(content).toContain('<text:p text:style-name="Table_20_Contents_20_Right">45000,00</text:p>');
    for (const style of ["Note", "Guidance", "Placeholder"])
      expect(content).toContain(`<text:p text:style-name="${style}">`);
    expect(content).toContain('<text:p text:style-name="P_PageBreak"/>');
    expect(content).toContain('<text:p text:style-name="Facts_20_Label">Taux d&apos;actualisation</text:p>');
  });

  it("fills the table of contents with the level 1–2 headings, linked to their bookmarks", async () => {
    const content = unzipText((await renderOdt(sampleDocument(), "x")).bytes)["content.xml"]!;
    const contents = content.slice(content.indexOf("<text:index-body>"), content.indexOf("</text:index-body>"));
    expect(contents).toContain("Table des matières");
    expect(contents).toContain('xlink:href="#object"');
    expect(contents).toContain('xlink:href="#lots"');
    expect(contents).toContain("2 Critères d&apos;attribution");
    // Level 3 and 4 headings are not in the contents.
    expect(contents).not.toContain("Détail des coûts");
  });

  it("puts the cover on a page without footer and the page number in the footer of the others", async () => {
    const files = unzipText((await renderOdt(sampleDocument(), "x")).bytes);
    expect(files["content.xml"]).toContain('<text:p text:style-name="P_CoverOverline">Ville de Liège</text:p>');
    expect(files["styles.xml"]).toContain(
      '<text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> sur <text:page-count>1</text:page-count></text:p>',
    );
    expect(files["styles.xml"]).toContain('style:name="Heading_20_2" style:display-name="Heading 2"');
    expect(files["styles.xml"]).toContain('style:default-outline-level="2"');
  });

  it("writes the metadata, and nothing but meta.xml changes with the creation date", async () => {
    const first = unzipText((await renderOdt(sampleDocument("2026-03-02T09:30:00.000Z"), "x")).bytes);
    expect(first["meta.xml"]).toContain("<dc:title>Cahier des charges — Gestion des dossiers</dc:title>");
    expect(first["meta.xml"]).toContain("<dc:language>fr</dc:language>");
    expect(first["meta.xml"]).toContain("<meta:initial-creator>Ville de Liège</meta:initial-creator>");
    expect(first["meta.xml"]).toContain("<meta:creation-date>2026-03-02T09:30:00.000Z</meta:creation-date>");
    const second = unzipText((await renderOdt(sampleDocument("2027-01-15T08:00:00.000Z"), "x")).bytes);
    for (const path of Object.keys(first)) {
      if (path === "meta.xml") expect(second[path]).not.toBe(first[path]);
      else expect(second[path]).toBe(first[path]);
    }
  });

  it("gives the same bytes for the same model", async () => {
    const [a, b] = await Promise.all([renderOdt(sampleDocument(), "x"), renderOdt(sampleDocument(), "x")]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
