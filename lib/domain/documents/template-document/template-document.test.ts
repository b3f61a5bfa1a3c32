import { describe, expect, it } from "vitest";
import fr from "@/lib/i18n/messages/fr.json";
import { createDocumentText } from "@/lib/i18n/document-text";
import type { Block, FactsBlock, HeadingBlock, Inline, ParagraphBlock, TableBlock } from "../document-model";
import { plainText } from "../markdown-blocks";
import { renderDocx } from "../render-docx";
import { markdownOf } from "../render-markdown";
import { renderOdt } from "../render-odt";
import { renderPdf } from "../render-pdf";
import { readPdf } from "../testing/pdf-reader";
import { fixtureTemplateContent, fixtureTemplateInput } from "../testing/template-fixture";
import { unzipText } from "../testing/unzip";
import { buildTemplateDocument } from "./index";

const headings = (blocks: Block[]) =>
  blocks.filter((block): block is HeadingBlock => block.kind === "heading").map((block) => `${block.number} ${block.text}`); // prettier-ignore
/** The blocks of one numbered section, up to the next heading. */
const sectionBlocks = (blocks: Block[], number: string) => {
  const at = blocks.findIndex((block) => block.kind === "heading" && block.number === number);
  const end = blocks.findIndex((block, index) => index > at && block.kind === "heading");
  return blocks.slice(at + 1, end === -1 ? undefined : end);
};
const textOf = (block: Block) => plainText((block as ParagraphBlock).content);
const cells = (table: TableBlock) => table.rows.map((row) => row.map((cell: Inline[]) => plainText(cell)));
const factsOf = (block: Block) => (block as FactsBlock).items.map((item) => [item.label, plainText(item.value)]);

describe("buildTemplateDocument", () => {
  it("has the tender documents' sections, then one on the template itself", () => {
    // The fixture's clauses: exit-plan (months 24), support-hotline, retired-clause (not in the library).
    expect(headings(buildTemplateDocument(fixtureTemplateInput()).blocks)).toEqual([
      "1 About the contract",
      "2 Lots",
      "3 Requirements",
      "4 Award criteria",
      "4.1 Criteria and weights",
      "4.2 Quality scale",
      "4.3 Cost",
      "4.4 Thresholds and ties",
      "5 Total cost of ownership",
      "5.1 Data bidders supply",
      "5.2 How it is computed",
      "6 Sovereignty requirements",
      "7 Contract clauses",
      "7.1 Exit plan within 24 months",
      "7.2 Support hotline",
      "7.3 retired-clause",
      "8 Timeline",
      "9 About this template",
      "9.1 Intended use",
      "9.2 Version history",
    ]);
  });

  it("has a cover with placeholders for the tender's own facts, and says which template version it is", () => {
    const model = buildTemplateDocument(fixtureTemplateInput());
    expect(model.cover).toEqual({
      overline: "[Contracting authority]",
      title: "Collaboration suite",
      subtitle: "Template for tender documents",
      facts: [
        { label: "Reference", value: "[Reference]" },
        // The template names one procedure and one full CPV code: a tender started from it gets both.
        { label: "Procedure", value: "Open procedure" },
        { label: "Main CPV code", value: "72212000-4 Programming services of application software" },
        { label: "Estimated value", value: "[Estimated value]" },
        { label: "Deadline for bids", value: "[Deadline for bids]" },
        { label: "Template version", value: "Version 2, published on March 12, 2027." },
        { label: "Published by", value: "Ministry of Digital Affairs" },
        { label: "Licence", value: "CC-BY-4.0" },
      ],
    });
    expect(model.meta).toEqual({
      title: "Collaboration suite",
      language: "en",
      author: "Ministry of Digital Affairs",
      subject: "Template for tender documents",
      keywords: ["72212000", "48"],
      createdAt: "2027-03-20T10:00:00.000Z",
    });
    expect(model.blocks.slice(0, 2)).toEqual([{ kind: "contents", title: "Contents" }, { kind: "pageBreak" }]);
  });

  it("leaves a marked placeholder wherever the tender's answers go", () => {
    const blocks = buildTemplateDocument(fixtureTemplateInput()).blocks;
    const about = sectionBlocks(blocks, "1");
    const facts = about.find((block) => block.kind === "facts")!;
    expect(factsOf(facts)).toEqual([
      ["Type of contract", "Services"],
      ["Procedure", "Open procedure"],
      ["Main CPV code", "72212000-4 Programming services of application software"],
      ["Estimated value, options and renewals included", "[Estimated value, options and renewals included]"],
      ["Duration", "[Duration]"],
    ]);
    expect(about.at(-1)).toEqual({ kind: "paragraph", style: "placeholder", content: ["Describe the contract: what is bought, for whom and why."] }); // prettier-ignore
    expect(sectionBlocks(blocks, "2")).toEqual([
      { kind: "paragraph", style: "placeholder", content: ["The lots of the contract, each with its title, CPV code and estimated value, or the reasons for not dividing it into lots (Directive 2014/24/EU Art. 46(1))."] }, // prettier-ignore
    ]);
    // The open procedure has no requests stage: its four dates, each left to fill in.
    const timeline = sectionBlocks(blocks, "8").find((block): block is TableBlock => block.kind === "table")!;
    expect(cells(timeline)).toEqual([
      ["Notice sent for publication", "[Date]"],
      ["Last day for answers to questions", "[Date]"],
      ["Deadline for tenders", "[Date]"],
      ["Opening of tenders", "[Date]"],
    ]);
  });

  it("shows a clause parameter without a default as a placeholder with its label", () => {
    const blocks = sectionBlocks(buildTemplateDocument(fixtureTemplateInput()).blocks, "7.2");
    expect(blocks.map(textOf)).toEqual([
      "Optional in this template. Offered to the drafter, not included.",
      "The Contractor answers calls at [Hotline number] on working days.",
    ]);
  });

  it("gives each clause its status in the template, a missing one included", () => {
    const blocks = buildTemplateDocument(fixtureTemplateInput()).blocks;
    expect(sectionBlocks(blocks, "7.1")[0]).toEqual({
      kind: "paragraph",
      style: "guidance",
      content: [{ text: "Mandatory in this template.", bold: true }, " ", "Included; a drafter may remove it only with a written justification."], // prettier-ignore
    });
    expect(
      sectionBlocks(blocks, "7.3").map((block) => [
        block.kind === "paragraph" ? block.style : block.kind,
        textOf(block),
      ]),
    ).toEqual([
      // prettier-ignore
      ["guidance", "Recommended in this template. Included; a drafter may remove it."],
      [
        "placeholder",
        "The clause retired-clause, version 1, is no longer in the clause library: its text cannot be printed.",
      ],
    ]);
  });

  it("puts each guidance note under the section it concerns, as a guidance block", () => {
    const blocks = buildTemplateDocument(fixtureTemplateInput()).blocks;
    const guidance = (list: Block[]) =>
      list.filter((block) => block.kind === "paragraph" && block.style === "guidance").map(textOf);
    // Before section 1: how to read the template, then the general note.
    const intro = blocks.slice(
      2,
      blocks.findIndex((block) => block.kind === "heading"),
    );
    expect(intro.map(textOf)).toEqual([
      "How to use this template\nThis is a model for tender documents, not a tender. Text in square brackets, such as [Estimated value], is a placeholder: replace it with your tender's own details. Shaded notes are the publisher's guidance for drafters and the status of each clause in the template: remove them from the documents you publish.", // prettier-ignore
      "Guidance for drafters (In general)\nRead the whole template first.",
    ]);
    // "about" and "scope" both concern "About the contract", in the builder's order of sections.
    expect(sectionBlocks(blocks, "1").slice(0, 2)).toEqual([
      { kind: "paragraph", style: "guidance", content: [{ text: "Guidance for drafters (Describing the tender)", bold: true }, "\n", "Say who uses the suite."] }, // prettier-ignore
      { kind: "paragraph", style: "guidance", content: [{ text: "Guidance for drafters (Scope and value)", bold: true }, "\n", "Give the value ", { text: "excluding VAT", bold: true }, "."] }, // prettier-ignore
    ]);
    expect(guidance(sectionBlocks(blocks, "4"))).toEqual(["Guidance for drafters (Award criteria)\nKeep cost at or below 40 %."]); // prettier-ignore
    expect(guidance(sectionBlocks(blocks, "7"))).toEqual(["Guidance for drafters (Clauses)\nKeep the exit plan."]);
    expect(guidance(sectionBlocks(blocks, "3"))).toEqual([]);
  });

  it("ends with the template's intended use, licence, credit and version history", () => {
    const blocks = buildTemplateDocument(fixtureTemplateInput()).blocks;
    const about = sectionBlocks(blocks, "9");
    expect(textOf(about[0]!)).toBe("Collaboration suite for a ministry: documents, chat and video, hosted in the EU.");
    expect(factsOf(about[1]!)).toEqual([
      ["Published by", "Ministry of Digital Affairs"],
      ["Template version", "Version 2, published on March 12, 2027."],
      ["Licence", "Creative Commons Attribution 4.0: you may copy, adapt and reuse it, naming Ministry of Digital Affairs as its source. https://creativecommons.org/licenses/by/4.0/legalcode"], // prettier-ignore
      ["Address in the catalogue", "https://tenders.example.eu/catalogue/collaboration-suite"],
    ]);
    expect(textOf(about[2]!)).toBe("How to credit it: “Collaboration suite”, version 2, by Ministry of Digital Affairs, under the licence CC-BY-4.0."); // prettier-ignore
    // Value range 10,000,000 to 500,000,000 cents: €100,000 to €5,000,000.
    expect(factsOf(sectionBlocks(blocks, "9.1")[0]!)).toEqual([
      ["Category", "Collaboration and office software"],
      ["Type of contract", "Services"],
      ["CPV codes", "72212000 Programming services of application software; 48"],
      ["Procedures", "Open procedure"],
      ["Typical estimated value (excluding VAT)", "From €100,000 to €5,000,000"],
    ]);
    expect(cells(sectionBlocks(blocks, "9.2")[0] as TableBlock)).toEqual([
      ["2", "March 12, 2027", "Exit plan within 24 months."],
      ["1", "January 5, 2027", "First version."],
    ]);
  });

  it("says a draft is a draft and credits the original publisher of an imported template", () => {
    const input = fixtureTemplateInput();
    const model = buildTemplateDocument({
      ...input,
      template: {
        ...input.template,
        url: null,
        origin: { publisher: "Ville de Liège", sourceUrl: null, templateId: "t1", version: 4, licence: "CC-BY-4.0", importedAt: "2027-02-01T08:00:00.000Z" }, // prettier-ignore
      },
      version: { ...input.version, number: 3, publishedOn: null, changelog: "" },
      history: [{ number: 3, name: "Collaboration suite", publishedOn: null, changelog: "" }, ...input.history],
    });
    expect(model.cover!.facts.find((fact) => fact.label === "Template version")!.value).toBe("Draft of version 3, not published."); // prettier-ignore
    const about = sectionBlocks(model.blocks, "9");
    expect(factsOf(about[1]!)).toContainEqual(["Origin", "Imported from Ville de Liège (their version 4) on February 1, 2027."]); // prettier-ignore
    expect(factsOf(about[1]!).map(([label]) => label)).not.toContain("Address in the catalogue");
    expect(textOf(about[2]!)).toBe("How to credit it: “Collaboration suite”, version 3, by Ville de Liège, under the licence CC-BY-4.0."); // prettier-ignore
    expect(cells(sectionBlocks(model.blocks, "9.2")[0] as TableBlock)[0]).toEqual(["3", "Not published yet (draft)", "Not written yet."]); // prettier-ignore
  });

  it("leaves placeholders for the sections a template does not set", () => {
    const input = fixtureTemplateInput();
    const content = fixtureTemplateContent({
      requirements: [],
      clauses: [],
      sovereignty: null,
      award: null,
      guidance: [],
    });
    const text = markdownOf(buildTemplateDocument({ ...input, version: { ...input.version, content } }));
    for (const placeholder of [
      "\\[The requirements of the tender, each with an identifier and a level: must, should or may.\\]",
      "\\[The award criteria and their weights.\\]",
      "\\[The sovereignty requirements, if the tender sets any: a minimum SEAL level and a weight for each objective.\\]",
      "\\[The contract clauses, chosen from the clause library.\\]",
    ]) {
      expect(text).toContain(placeholder);
    }
    // Without a cost criterion there is no cost of ownership to explain.
    expect(text).not.toContain("Total cost of ownership");
  });

  it("is written in the template's language", () => {
    const model = buildTemplateDocument(fixtureTemplateInput({ text: createDocumentText("fr", fr) }));
    expect(model.meta.language).toBe("fr");
    expect(model.cover!.subtitle).toBe("Modèle de dossier de consultation");
    expect(model.cover!.overline).toBe("[Pouvoir adjudicateur]");
    expect(headings(model.blocks).slice(0, 3)).toEqual(["1 Objet du marché", "2 Lots", "3 Exigences"]);
    expect(headings(model.blocks).at(-3)).toBe("9 À propos de ce modèle");
  });

  it("is the same model for the same input", () => {
    expect(buildTemplateDocument(fixtureTemplateInput())).toEqual(buildTemplateDocument(fixtureTemplateInput()));
  });

  it("renders the guidance distinctly in every format", async () => {
    const model = buildTemplateDocument(fixtureTemplateInput());
    expect(markdownOf(model)).toContain(
      "> **Guidance for drafters (Award criteria)**\\\n> Keep cost at or below 40 %.",
    );
    const odt = unzipText((await renderOdt(model, "template")).bytes)["content.xml"]!;
    expect(odt).toMatch(/<text:p text:style-name="Guidance">(?:(?!<\/text:p>).)*Keep cost at or below 40 %/);
    const docx = unzipText((await renderDocx(model, "template")).bytes)["word/document.xml"]!;
    expect(docx).toMatch(/<w:pStyle w:val="Guidance"\/>(?:(?!<\/w:p>).)*Keep cost at or below 40 %/);
    const { pages } = await readPdf((await renderPdf(model, "template")).bytes);
    expect(pages.join("\n")).toContain("Keep cost at or below 40 %.");
  }, 30_000);
});
