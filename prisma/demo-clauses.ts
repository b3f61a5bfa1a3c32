import type { ChosenClause } from "../lib/domain/clauses/clause-updates";

/** The library clauses each demo tender chose, at the version that ships with the app, default values. */
export const MUNICIPALITY_CLAUSES = chosen(
  "deliverables-licence",
  "source-code-delivery",
  "exit-plan-and-data-portability",
  "open-formats-data",
  "accessibility-en-301-549",
  "data-location-and-jurisdiction",
  "switching-charges",
);
export const CASE_MANAGEMENT_CLAUSES = chosen(
  "deliverables-licence",
  "source-code-delivery",
  "build-instructions",
  "public-repository",
  "software-bill-of-materials",
  "open-formats-data",
  "documented-apis",
  "exit-plan-and-data-portability",
  "accessibility-en-301-549",
  "vulnerability-handling",
);
export const GRANTS_PLATFORM_CLAUSES = chosen(
  "deliverables-licence",
  "source-code-delivery",
  "public-repository",
  "documented-apis",
  "open-formats-data",
  "exit-plan-and-data-portability",
  "accessibility-en-301-549",
  "ai-component-openness",
);
export const OPEN_DATA_CLAUSES = chosen(
  "deliverables-licence",
  "source-code-delivery",
  "public-repository",
  "documented-apis",
  "open-formats-data",
  "exit-plan-and-data-portability",
  "accessibility-en-301-549",
);

function chosen(...keys: string[]): ChosenClause[] {
  return keys.map((key) => ({ key, version: 1, values: {} }));
}
