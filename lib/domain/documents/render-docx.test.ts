import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { SAMPLE_HEADINGS, sampleDocument } from "./testing/sample-document";
import { inOrder, positions, unzipText } from "./testing/unzip";

async function parts(createdAt?: string) {
  return unzipText((await renderDocx(sampleDocument(createdAt), "x")).bytes);
}

describe("renderDocx", () => {
  it("writes a Word package whose parts are all declared", async () => {
    const rendered = await renderDocx(sampleDocument(), "tc-2026-014");
    expect(rendered.fileName).toBe("tc-2026-014.docx");
    expect(rendered.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const files = unzipText(rendered.bytes);
    for (const part of [
      "word/document.xml",
      "word/styles.xml",
      "word/numbering.xml",
      "word/footer1.xml",
      "docProps/core.xml",
    ]) {
      expect(files[part]).toBeDefined();
      expect(files["[Content_Types].xml"]).toContain(`PartName="/${part}"`);
    }
  });

  it("writes the headings in order as Heading 1–4 with bookmarks", async () => {
    const document = (await parts())["word/document.xml"]!;
    const body = document.slice(document.indexOf("</w:sdt>"));
    expect(
      inOrder(
        positions(
          body,
          SAMPLE_HEADINGS.map((heading) => heading.replace("'", "&apos;")),
        ),
      ),
    ).toBe(true);
    expect(document).toMatch(
      /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:bookmarkStart w:id="1" w:name="_Toc1"\/><w:r><w:t xml:space="preserve">1 Objet du marché<\/w:t>/,
    );
    expect(document).toContain('<w:pStyle w:val="Heading4"/>');
    const styles = (await parts())["word/styles.xml"]!;
    expect(styles).toContain('<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>');
    expect(styles).toContain('<w:outlineLvl w:val="1"/>');
  });

  it("escapes text and writes runs, links, lists and table cells with a repeated header row", async () => {
    const files = await parts();
    const document = files["word/document.xml"]!;
    expect(document).toContain("&lt;b&gt;achète&lt;/b&gt; un logiciel &amp; ses services");
    expect(document).not.toContain("<b>");
    expect(document).toContain('<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Größe</w:t>');
    expect(document).toContain('<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Straße</w:t>');
    expect(document).toContain('<w:hyperlink r:id="rIdLink1" w:history="1">');
    expect(files["word/_rels/document.xml.rels"]).toContain(
      'Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://eur-lex.europa.eu/eli/dir/2014/24/oj" TargetMode="External"',
    );
    // Two lists: the ordered one is instance 1 and restarts at 1, the bulleted one instance 2.
    expect(files["word/numbering.xml"]).toContain(
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>',
    );
    expect(files["word/numbering.xml"]).toContain('<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>');
    expect(document).toContain('<w:tblCaption w:val="Coûts par année"/>');
    expect(document).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>.*Catégorie/);
    expect(document).toContain("Ligne 45 &lt;td&gt;");
    for (const style of ["Note", "Guidance", "Placeholder"]) expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
  });

  it("fills the table of contents field with linked entries for levels 1–2", async () => {
    const document = (await parts())["word/document.xml"]!;
    const contents = document.slice(document.indexOf("<w:sdt>"), document.indexOf("</w:sdt>"));
    expect(contents).toContain('TOC \\o "1-2" \\h \\z \\u');
    expect(contents).toContain('<w:hyperlink w:anchor="_Toc1" w:history="1">');
    expect(contents).toContain("2 Critères d&apos;attribution");
    expect(contents).not.toContain("Détail des coûts");
  });

  it("numbers the pages after the cover in the footer", async () => {
    const files = await parts();
    expect(files["word/footer1.xml"]).toMatch(/Page <\/w:t>.* PAGE .* sur <\/w:t>.* NUMPAGES /);
    expect(files["word/document.xml"]).toContain("<w:titlePg/>");
  });

  it("writes the properties, and nothing but core.xml changes with the creation date", async () => {
    const first = await parts("2026-03-02T09:30:00.000Z");
    expect(first["docProps/core.xml"]).toContain("<dc:title>Cahier des charges — Gestion des dossiers</dc:title>");
    expect(first["docProps/core.xml"]).toContain("<dc:creator>Ville de Liège</dc:creator>");
    expect(first["docProps/core.xml"]).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:30:00Z</dcterms:created>',
    );
    const second = await parts("2027-01-15T08:00:00.000Z");
    for (const path of Object.keys(first)) {
      if (path === "docProps/core.xml") expect(second[path]).not.toBe(first[path]);
      else expect(second[path]).toBe(first[path]);
    }
  });

  it("gives the same bytes for the same model", async () => {
    const [a, b] = await Promise.all([renderDocx(sampleDocument(), "x"), renderDocx(sampleDocument(), "x")]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
