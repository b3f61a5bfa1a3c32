import type { Clause, ClauseContent } from "../clause-model";

/** A clause with one parameter of every kind, for the unit tests of the clause functions. */

const guidance = { why: "Why.", whenToUse: "When.", pitfalls: "Pitfalls." };

function content(title: string, body: string, labels: Record<string, string>, options: Record<string, string>) {
  const parameters = Object.fromEntries(Object.entries(labels).map(([name, label]) => [name, { label }]));
  return {
    title,
    body,
    guidance,
    parameters: { ...parameters, region: { label: labels.region!, options } },
  } satisfies ClauseContent;
}

const LABELS = {
  en: {
    licence: "Licence",
    warranty: "Warranty",
    fixDays: "Fix time",
    responseHours: "Response time",
    availability: "Availability",
    trainees: "Trainees",
    formats: "Formats",
    portal: "Portal name",
    repository: "Repository",
    region: "Region",
  },
};

export const SAMPLE_CLAUSE: Clause = {
  key: "sample-clause",
  version: 1,
  category: "LICENSING",
  topics: ["DELIVERABLES_LICENCE"],
  status: "RECOMMENDED",
  applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: [] },
  parameters: [
    { name: "licence", kind: "SPDX_LICENCE", required: true, accept: "OSI_APPROVED", default: "EUPL-1.2" },
    { name: "warranty", kind: "MONTHS", required: true, min: 6, max: 60, default: 12 },
    { name: "fixDays", kind: "DAYS", required: true, max: 90 },
    { name: "responseHours", kind: "HOURS", required: false, default: 4 },
    { name: "availability", kind: "PERCENT", required: true, min: 90, default: 99.5 },
    { name: "trainees", kind: "INTEGER", required: false, min: 1, max: 500 },
    {
      name: "formats",
      kind: "STANDARDS",
      required: true,
      areas: ["DOCUMENTS", "DATA"],
      minItems: 1,
      maxItems: 4,
      default: ["ODF-1.3", "PDF-A-2"],
    },
    { name: "portal", kind: "TEXT", required: false, maxLength: 20 },
    { name: "repository", kind: "URL", required: false, default: "https://code.europa.eu" },
    { name: "region", kind: "CHOICE", required: true, options: ["EU", "EEA"], default: "EU" },
  ],
  legalBasis: [{ citation: "Directive 2014/24/EU, Art. 42(1)", url: "https://eur-lex.europa.eu/eli/dir/2014/24/oj" }],
  sources: [],
  content: {
    en: content(
      "Sample",
      "Licence {{licence}}; warranty {{warranty}}; fixes within {{fixDays}}; response {{responseHours}}; " +
        "availability {{availability}}; {{trainees}} trainees; formats {{formats}}; portal {{portal}}; " +
        "repository {{repository}}; data in the {{region}}.",
      LABELS.en,
      { EU: "European Union", EEA: "European Economic Area" },
    ),
    fr: content(
      "Exemple",
      "Licence {{licence}} ; garantie {{warranty}} ; corrections dans un délai de {{fixDays}} ; réponse {{responseHours}} ; " +
        "disponibilité {{availability}} ; {{trainees}} stagiaires ; formats {{formats}} ; portail {{portal}} ; " +
        "dépôt {{repository}} ; données dans l'{{region}}.",
      { ...LABELS.en, licence: "Licence", warranty: "Garantie", region: "Région" },
      { EU: "Union européenne", EEA: "Espace économique européen" },
    ),
    de: content(
      "Beispiel",
      "Lizenz {{licence}}; Gewährleistung {{warranty}}; Korrekturen spätestens {{fixDays}} danach; Reaktion {{responseHours}}; " +
        "Verfügbarkeit {{availability}}; {{trainees}} Teilnehmende; Formate {{formats}}; Portal {{portal}}; " +
        "Repository {{repository}}; Daten in der {{region}}.",
      { ...LABELS.en, licence: "Lizenz", warranty: "Gewährleistung", region: "Region" },
      { EU: "Europäischen Union", EEA: "Europäischen Wirtschaftsraum" },
    ),
  },
};

/** The sample with some fields replaced, for the definition checks. */
export function sampleWith(changes: Partial<Clause>): Clause {
  return { ...SAMPLE_CLAUSE, ...changes };
}
