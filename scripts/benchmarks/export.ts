import type { Clause } from "../../lib/domain/clauses/clause-model";
import type { ChosenClause } from "../../lib/domain/clauses/clause-updates";
import { CLAUSE_LIBRARY } from "../../lib/domain/clauses/library";
import { chosenVersionKey } from "../../lib/domain/clauses/chosen-clauses";
import type { DocumentRenderer } from "../../lib/domain/documents/document-model";
import { EXPORT_FORMAT_FILES } from "../../lib/domain/documents/formats";
import { DOCUMENT_RENDERERS } from "../../lib/domain/documents/renderers";
import { buildTenderDocument, type TenderDocumentInput } from "../../lib/domain/documents/tender-document";
import { buildTemplateDocument } from "../../lib/domain/documents/template-document";
import { buildTenderJson } from "../../lib/domain/documents/tender-json";
import { englishText } from "../../lib/domain/documents/testing/english-text";
import { fixtureTemplateContent, fixtureTemplateInput } from "../../lib/domain/documents/testing/template-fixture";
import { FIXTURE_CPV, fullTender } from "../../lib/domain/documents/testing/tender-fixture";
import { machineLine, measureInterleavedAsync, printRatioTable } from "./interleaved";
import { numberOption } from "./options";

// Export benchmark (not a test): `npx tsx scripts/benchmarks/export.ts`.
// Exports a tender with 50 clauses (the library's, then copies of them under new keys) in every
// format that has a renderer, and in JSON: each run builds the document model from the tender and
// writes the file, as the export route does after loading. Reports each median and its ratio to
// the Markdown export. It also writes the ODT of a template with the same clauses and requirements
// (the template document: placeholders, guidance and clause statuses). See docs/benchmarks.md.
//   --clauses N   clauses in the tender (default 50)
//   --runs N      measured runs of each format (default 21, after 3 warm-up runs)

const clauseCount = numberOption("--clauses", 50);
const runs = numberOption("--runs", 21);
const WARM_UP = 3;

/** N clauses with their default values: the library's, then copies under keys of their own. */
function clauses(count: number): { chosen: ChosenClause[]; definitions: Map<string, Clause> } {
  const definitions = new Map<string, Clause>();
  const chosen: ChosenClause[] = [];
  for (let index = 0; index < count; index++) {
    const source = CLAUSE_LIBRARY[index % CLAUSE_LIBRARY.length]!;
    const round = Math.floor(index / CLAUSE_LIBRARY.length);
    const clause = round === 0 ? source : { ...source, key: `${source.key}-${round + 1}` };
    definitions.set(chosenVersionKey(clause.key, clause.version), clause);
    chosen.push({ key: clause.key, version: clause.version, values: {} });
  }
  return { chosen, definitions };
}

async function main(): Promise<void> {
  const { chosen, definitions } = clauses(clauseCount);
  const requirements = Array.from({ length: 40 }, (_, index) => ({
    key: `REQ-${String(index + 1).padStart(2, "0")}`,
    text: `The solution **must** support case type ${index + 1}, export it as ODF and keep an audit trail of every change.`,
    level: (["MUST", "SHOULD", "MAY"] as const)[index % 3]!,
    criterionKey: index % 2 === 0 ? "usability" : null,
  }));
  const input: TenderDocumentInput = {
    tender: fullTender({ clauses: chosen, requirements }),
    authority: "Ministry of Digital Affairs",
    clauseDefinitions: definitions,
    cpv: FIXTURE_CPV,
    text: englishText(),
    createdAt: new Date().toISOString(),
  };
  const fixture = fixtureTemplateInput();
  const template = fixtureTemplateInput({
    version: {
      ...fixture.version,
      content: fixtureTemplateContent({ clauses: chosen.map((clause) => ({ ...clause, status: "RECOMMENDED" as const, values: {} })), requirements }), // prettier-ignore
    },
    clauseDefinitions: definitions,
  });
  const baseName = "MIN-2027-0004-case-management-system";
  const sizes = new Map<string, number>();
  const documentRun = (label: string, renderer: DocumentRenderer) => ({
    label,
    run: async () => sizes.set(label, (await renderer(buildTenderDocument(input), baseName)).bytes.byteLength),
  });
  const work = [
    documentRun("Markdown: build the model and render", DOCUMENT_RENDERERS.md),
    {
      label: "JSON: build and serialise",
      run: async () =>
        sizes.set(
          "JSON: build and serialise",
          new TextEncoder().encode(JSON.stringify(buildTenderJson(input, "en", "https://tenders.example/s.json"), null, 2)).byteLength, // prettier-ignore
        ),
    },
    ...(["odt", "docx", "pdf"] as const).map(
      (format) =>
      documentRun(`${EXPORT_FORMAT_FILES[format].extension.toUpperCase()}: build the model and render`, DOCUMENT_RENDERERS[format]), // prettier-ignore
    ),
    {
      label: "Template ODT: build the model and render",
      run: async () =>
        sizes.set("Template ODT", (await DOCUMENT_RENDERERS.odt(buildTemplateDocument(template), "template-v1")).bytes.byteLength), // prettier-ignore
    },
    { label: "The model alone (no file)", run: async () => buildTenderDocument(input) },
  ];
  const { measured, loadBefore, loadAfter } = await measureInterleavedAsync(work, { warmUp: WARM_UP, runs });

  const model = buildTenderDocument(input);
  console.log(
    `Tender: ${clauseCount} clauses, ${requirements.length} requirements, 2 lots; the model has ${model.blocks.length} blocks.`,
  );
  console.log(machineLine(loadBefore, loadAfter));
  console.log("");
  printRatioTable(measured, { ms: 1, ratio: 2 });
  console.log(`\nFile sizes: ${[...sizes].map(([label, bytes]) => `${label.split(":")[0]} ${(bytes / 1024).toFixed(0)} KB`).join(", ")}.`); // prettier-ignore
}

void main();
