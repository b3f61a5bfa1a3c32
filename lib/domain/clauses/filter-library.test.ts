import { describe, expect, it } from "vitest";
import { filterLibrary, readLibraryFilter } from "./filter-library";
import { CLAUSE_LIBRARY } from "./library";

const items = CLAUSE_LIBRARY.map((clause) => ({ clause, retired: clause.key === "escrow" }));
const keys = (found: { clause: { key: string } }[]) => found.map((item) => item.clause.key);

describe("filtering the clause library", () => {
  it("finds words in the title or body of the reader's language, or in the key, ignoring case and accents", () => {
    expect(keys(filterLibrary(items, { q: "SBOM", category: null, status: null }, "en"))).toContain(
      "software-bill-of-materials",
    );
    expect(keys(filterLibrary(items, { q: "reversibilite", category: "EXIT", status: null }, "fr"))).toContain(
      "reversibility-assistance",
    );
    expect(keys(filterLibrary(items, { q: "switching-charges", category: null, status: null }, "de"))).toEqual([
      "switching-charges",
    ]);
  });

  it("filters by category and status, and shows retired clauses only when asked", () => {
    const mandatory = filterLibrary(items, { q: "", category: null, status: "MANDATORY" }, "en");
    expect(mandatory).toHaveLength(6);
    expect(keys(filterLibrary(items, { q: "", category: "EXIT", status: null }, "en"))).toEqual([
      "exit-plan-and-data-portability",
      "reversibility-assistance",
      "knowledge-transfer",
      "switching-charges",
    ]);
    expect(keys(filterLibrary(items, { q: "", category: null, status: "RETIRED" }, "en"))).toEqual(["escrow"]);
  });

  it("reads the filter from the address, ignoring unknown values", () => {
    expect(readLibraryFilter({ q: "exit", category: "EXIT", status: "RETIRED" })).toEqual({
      q: "exit",
      category: "EXIT",
      status: "RETIRED",
    });
    expect(readLibraryFilter({ category: "NOPE", status: ["OPTIONAL", "x"] })).toEqual({
      q: "",
      category: null,
      status: "OPTIONAL",
    });
  });
});
