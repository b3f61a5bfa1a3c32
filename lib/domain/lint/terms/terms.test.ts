import { describe, expect, it } from "vitest";
import { LOCK_IN_TERMS } from ".";

describe("the curated list of vendors, products, protocols, formats and certifications", () => {
  it("has at least 150 entries, with unique identifiers", () => {
    expect(LOCK_IN_TERMS.length).toBeGreaterThanOrEqual(150);
    const ids = LOCK_IN_TERMS.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every spelling to one entry only", () => {
    const seen = new Map<string, string>();
    for (const term of LOCK_IN_TERMS) {
      for (const alias of [...term.aliases, ...(term.inContext?.aliases ?? [])]) {
        const key = term.caseSensitive && !alias.startsWith(".") ? alias : alias.toLowerCase();
        expect(seen.get(key), `${alias} in ${term.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, term.id);
      }
    }
  });

  it("offers an open alternative for every proprietary format, and only for formats", () => {
    for (const term of LOCK_IN_TERMS) {
      expect(Boolean(term.openAlternative), term.id).toBe(term.kind === "format");
      if (term.openAlternative) expect(term.openAlternative.extension).toMatch(/^\.[a-z]+$/);
    }
  });

  it("has only real spellings: no empty alias, no alias without a letter or digit", () => {
    for (const term of LOCK_IN_TERMS) {
      expect(term.aliases.length, term.id).toBeGreaterThan(0);
      for (const alias of term.aliases) expect(alias, term.id).toMatch(/[\p{L}\p{N}]/u);
    }
  });
});
