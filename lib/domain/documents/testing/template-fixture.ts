import type { Clause, ClauseContent } from "@/lib/domain/clauses/clause-model";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { sampleTemplateContent } from "@/lib/domain/templates/testing/sample-template";
import type { TemplateDocumentInput } from "../template-document";
import { englishText } from "./english-text";
import { EXIT_CLAUSE, FIXTURE_CPV } from "./tender-fixture";

/** A clause whose one parameter has no default: a template leaves it for the drafter to fill in. */
export const HOTLINE_CLAUSE: Clause = {
  ...EXIT_CLAUSE,
  key: "support-hotline",
  version: 1,
  category: "SUPPORT",
  topics: [],
  status: "OPTIONAL",
  parameters: [{ name: "hotline", kind: "TEXT", required: true, maxLength: 80 }],
  content: { en: hotlineContent(), fr: hotlineContent(), de: hotlineContent() },
};

function hotlineContent(): ClauseContent {
  return {
    title: "Support hotline",
    body: "The Contractor answers calls at {{hotline}} on working days.",
    guidance: { why: "", whenToUse: "", pitfalls: "" },
    parameters: { hotline: { label: "Hotline number" } },
  };
}

/**
 * The sample template (lib/domain/templates/testing) with clauses of our own, so the tests say
 * exactly what each becomes: the exit plan at 24 months (mandatory), the hotline without a
 * default (optional), and a clause the library no longer holds (recommended); guidance notes on
 * four places; the open procedure and a full CPV code as intended use.
 */
export function fixtureTemplateContent(overrides: Partial<TemplateContent> = {}): TemplateContent {
  const sample = sampleTemplateContent();
  return {
    ...sample,
    intendedUse: { ...sample.intendedUse, cpvPrefixes: ["72212000", "48"], procedureTypes: ["OPEN"] },
    clauses: [
      { key: "exit-plan", version: 2, status: "MANDATORY", values: { months: 24 } },
      { key: "support-hotline", version: 1, status: "OPTIONAL", values: {} },
      { key: "retired-clause", version: 1, status: "RECOMMENDED", values: {} },
    ],
    guidance: [
      { section: "criteria", text: "Keep cost at or below 40 %." },
      { section: "general", text: "Read the whole template first." },
      { section: "scope", text: "Give the value **excluding VAT**." },
      { section: "about", text: "Say who uses the suite." },
      { section: "clauses", text: "Keep the exit plan." },
    ],
    ...overrides,
  };
}

export function fixtureTemplateInput(overrides: Partial<TemplateDocumentInput> = {}): TemplateDocumentInput {
  return {
    template: {
      publisher: "Ministry of Digital Affairs",
      withdrawn: false,
      origin: null,
      url: "https://tenders.example.eu/catalogue/collaboration-suite",
    },
    version: {
      number: 2,
      name: "Collaboration suite",
      publishedOn: "2027-03-12",
      changelog: "Exit plan within 24 months.",
      content: fixtureTemplateContent(),
    },
    history: [
      { number: 2, name: "Collaboration suite", publishedOn: "2027-03-12", changelog: "Exit plan within 24 months." },
      { number: 1, name: "Collaboration suite", publishedOn: "2027-01-05", changelog: "First version." },
    ],
    clauseDefinitions: new Map([
      ["exit-plan@2", EXIT_CLAUSE],
      ["support-hotline@1", HOTLINE_CLAUSE],
    ]),
    cpv: FIXTURE_CPV,
    text: englishText(),
    createdAt: "2027-03-20T10:00:00.000Z",
    ...overrides,
  };
}
