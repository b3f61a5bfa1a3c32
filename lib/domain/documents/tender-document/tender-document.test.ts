import { describe, expect, it } from "vitest";
import fr from "@/lib/i18n/messages/fr.json";
import { createDocumentText } from "@/lib/i18n/document-text";
import type { Block, HeadingBlock, TableBlock } from "../document-model";
import { markdownOf } from "../render-markdown";
import { englishText } from "../testing/english-text";
import { EXIT_CLAUSE, FIXTURE_CPV, fullTender } from "../testing/tender-fixture";
import { buildTenderDocument, type TenderDocumentTender } from "./index";

const createdAt = "2027-03-02T09:00:00.000Z";

function build(tender: TenderDocumentTender = fullTender(), text = englishText()) {
  return buildTenderDocument({
    tender,
    authority: "Ministry of Digital Affairs",
    clauseDefinitions: new Map([["exit-plan@2", EXIT_CLAUSE]]),
    cpv: FIXTURE_CPV,
    text,
    createdAt,
  });
}

const headings = (blocks: Block[]) =>
  blocks.filter((block): block is HeadingBlock => block.kind === "heading").map((block) => `${block.number} ${block.text}`); // prettier-ignore
const tableByCaption = (blocks: Block[], caption: string) =>
  blocks.find((block): block is TableBlock => block.kind === "table" && block.caption === caption)!;

describe("buildTenderDocument", () => {
  it("has every section, numbered in the order a bidder reads them", () => {
    expect(headings(build().blocks)).toEqual([
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
      "7.2 retired-clause",
      "8 Timeline",
    ]);
  });

  it("opens with the cover page, the metadata and the contents", () => {
    const model = build();
    expect(model.cover).toEqual({
      overline: "Ministry of Digital Affairs",
      title: "Case management system",
      subtitle: "Tender documents",
      facts: [
        { label: "Reference", value: "MIN-2027-0004" },
        { label: "Procedure", value: "Open procedure" },
        { label: "Main CPV code", value: "72212000-4 Programming services of application software" },
        // 250,000,000 cents = EUR 2,500,000, a whole amount: no cents shown.
        { label: "Estimated value", value: "€2,500,000, excluding VAT" },
        { label: "Deadline for bids", value: "April 12, 2027" },
        { label: "Status of the tender", value: "Draft" },
      ],
    });
    expect(model.meta).toEqual({
      title: "MIN-2027-0004 Case management system",
      language: "en",
      author: "Ministry of Digital Affairs",
      subject: "Tender documents",
      keywords: ["72212000"],
      createdAt,
    });
    expect(model.labels.pageNumber).toBe("Page {page} of {pages}");
    expect(model.blocks.slice(0, 2)).toEqual([{ kind: "contents", title: "Contents" }, { kind: "pageBreak" }]);
  });

  it("fills the clauses' parameters in and keeps their Markdown as blocks", () => {
    const blocks = build().blocks;
    const at = blocks.findIndex((block) => block.kind === "heading" && block.number === "7.1");
    expect(blocks[at]).toMatchObject({ anchor: "clause-exit-plan" });
    expect(blocks[at + 1]).toEqual({
      kind: "list",
      ordered: true,
      items: [
        ["The Contractor delivers an ", { text: "exit plan", bold: true }, " within 24 months."],
        ["Scripts are licensed under Apache-2.0 (Apache License 2.0)."],
      ],
    });
    // A version the library no longer has is named, not skipped.
    expect(blocks[at + 3]).toEqual({
      kind: "paragraph",
      style: "placeholder",
      content: [
        "The clause retired-clause, version 1, is no longer in the clause library: its text cannot be printed.",
      ],
    });
  });

  it("lists the requirements with identifier, text, level and criterion", () => {
    const table = tableByCaption(build().blocks, "Requirements");
    expect(table.columns.map((column) => column.header)).toEqual(["Id", "Requirement", "Level", "Scored under"]);
    expect(table.rows).toEqual([
      [[{ text: "REQ-01", code: true }], ["The system ", { text: "must", bold: true }, " export cases as ODF."], ["Must"], ["—"]], // prettier-ignore
      [[{ text: "REQ-02", code: true }], ["Screens should load in ", { text: "2 s", italic: true }, "."], ["Should"], ["Usability"]], // prettier-ignore
    ]);
  });

  it("gives each criterion its weight and its points out of 100", () => {
    const table = tableByCaption(build().blocks, "Award criteria and weights");
    // Usability: 60 % of Quality's 50 points = 30; Openness: 40 % of 50 = 20.
    expect(
      table.rows.map((row) =>
        row.map((cell) => cell.map((run) => (typeof run === "string" ? run : run.text)).join("")),
      ),
    ).toEqual([
      // prettier-ignore
      ["Total cost of ownership", "Cost", "40 %", "40", "—"],
      ["Quality", "Quality", "50 %", "50", "—"],
      ["– Usability", "Quality", "60 % of its parent", "30", "2"],
      ["– Openness", "Openness", "40 % of its parent", "20", "—"],
      ["Sovereignty", "Sovereignty", "10 %", "10", "—"],
    ]);
  });

  it("prints the cost formula's worked example with the cost criterion's points", () => {
    const table = tableByCaption(build().blocks, "The formula applied to three sample bids");
    // F1 with Smax = 40: A (100,000) gets 40; B 40 × 100,000 / 125,000 = 32; C 40 × 100,000 / 160,000 = 25.
    expect(table.rows.map((row) => row.map((cell) => cell.join("")))).toEqual([
      ["A", "€100,000", "40", "1"],
      ["B", "€125,000", "32", "2"],
      ["C", "€160,000", "25", "3"],
    ]);
  });

  it("states the cost of ownership method with this tender's rate and the divisor of each year", () => {
    const table = tableByCaption(build().blocks, "The divisor (1 + r)^t of each year, at 5 %");
    // 1.05^0..3 = 1, 1.05, 1.1025, 1.157625: years 0 to 2 and the exit year 3.
    expect(table.rows.map((row) => row.map((cell) => cell.join("")))).toEqual([
      ["Year 0 (start)", "1"],
      ["Year 1", "1.05"],
      ["Year 2", "1.1025"],
      ["Year 3 (exit)", "1.157625"],
    ]);
  });

  it("gives the minimum SEAL level, the weight and the reason of each objective", () => {
    const table = tableByCaption(build().blocks, "Minimum SEAL level and weight of each objective");
    expect(table.rows[2]!.map((cell) => cell.join(""))).toEqual([
      "SOV-3 Data and AI sovereignty",
      "SEAL-3 · Digital resilience",
      "10 %",
      "Health data.",
    ]);
    expect(table.rows[7]!.map((cell) => cell.join(""))).toEqual(["SOV-8 Environmental sustainability", "SEAL-0 · No sovereignty", "5 %", "—"]); // prettier-ignore
  });

  it("says what is not set yet instead of leaving sections out", () => {
    const text = markdownOf(
      build(fullTender({ lots: [], reasonsForNotDividing: "One system.", requirements: [], clauses: [], sovereignty: null, award: null, tenderDeadline: null, publicationDate: null, clarificationDeadline: null, openingDate: null })), // prettier-ignore
    );
    for (const sentence of [
      "The contract is not divided into lots.",
      "One system.",
      "No requirements have been set yet.",
      "The award criteria have not been set yet.",
      "This tender sets no sovereignty requirements.",
      "No contract clauses have been chosen yet.",
      "No dates have been set yet.",
      "- **Deadline for bids:** Not set",
    ]) {
      expect(text).toContain(sentence);
    }
    // Without a cost criterion there is no cost of ownership to explain.
    expect(text).not.toContain("Total cost of ownership");
  });

  it("is written in the documents' language, with the CPV label and clause text of that language", () => {
    const model = build(fullTender(), createDocumentText("fr", fr));
    expect(model.meta.language).toBe("fr");
    expect(model.cover!.subtitle).toBe("Dossier de consultation");
    expect(model.cover!.facts[2]).toEqual({ label: "Code CPV principal", value: "72212000-4 Services de programmation de logiciels d'application" }); // prettier-ignore
    expect(headings(model.blocks).slice(0, 3)).toEqual(["1 Objet du marché", "2 Lots", "3 Exigences"]);
    // The clause's months in French: "24 mois", with the no-break space French puts before a unit.
    expect(headings(model.blocks)).toContain("7.1 Exit plan within 24\u00a0mois");
  });

  it("is the same model for the same input", () => {
    expect(build()).toEqual(build());
  });
});
