import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLAUSE_LIBRARY } from "@/lib/domain/clauses/library";
import { fromRoot } from "../project-root";
import { clauseCatalogueMarkdown, withCatalogue } from "./clause-catalogue";

describe("docs/clauses.md", () => {
  it("lists the clauses of the library as they are (run scripts/docs/write-clause-catalogue.ts)", () => {
    const document = readFileSync(fromRoot("docs", "clauses.md"), "utf8");
    expect(document).toBe(withCatalogue(document, clauseCatalogueMarkdown(CLAUSE_LIBRARY)));
  });

  it("describes a clause on one line with its status, topics, parameters and reach", () => {
    const catalogue = clauseCatalogueMarkdown(CLAUSE_LIBRARY.filter((clause) => clause.key === "switching-charges"));
    expect(catalogue).toBe(
      "1 clause: 0 mandatory, 1 recommended, 0 optional.\n\n### Exit and reversibility\n\n" +
        "- **Switching without charges** (`switching-charges`, version 1): recommended. " +
        "Covers: switching charges; exit and data portability. " +
        "Parameters: `noticeMonths` (number of months, default 2), `transitionDays` (number of days, default 30). " +
        "Applies to: CPV codes starting 48 or 72.\n",
    );
  });
});
