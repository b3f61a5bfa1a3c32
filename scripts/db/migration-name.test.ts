import { describe, expect, it } from "vitest";
import { migrationSlug } from "./migration-name";

describe("migrationSlug", () => {
  it("turns a description into a portable directory name", () => {
    expect(migrationSlug("Add tenders")).toBe("add_tenders");
    expect(migrationSlug("  add-CPV codes!  ")).toBe("add_cpv_codes");
  });

  it("rejects names with nothing usable", () => {
    expect(() => migrationSlug("---")).toThrow(/cannot name a migration/);
  });
});
