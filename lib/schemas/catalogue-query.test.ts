import { describe, expect, it } from "vitest";
import { catalogueQuerySchema } from "./catalogue-query";

describe("catalogueQuerySchema", () => {
  it("sorts by relevance when searching and by date otherwise, unless told", () => {
    expect(catalogueQuerySchema.parse({ q: " archive " })).toMatchObject({ q: "archive", sort: "relevance" });
    expect(catalogueQuerySchema.parse({})).toMatchObject({ q: "", sort: "newest", page: 1, deprecated: false });
    expect(catalogueQuerySchema.parse({ q: "archive", sort: "used" }).sort).toBe("used");
  });

  it("reads the CPV code typed into its significant digits, and keeps what was typed", () => {
    expect(catalogueQuerySchema.parse({ cpv: "72262000-9" })).toMatchObject({ cpv: "72262000-9", cpvPrefix: "72262" });
    expect(catalogueQuerySchema.parse({ cpv: "software" })).toMatchObject({ cpv: "software", cpvPrefix: null });
    expect(catalogueQuerySchema.parse({ cpv: "" })).toMatchObject({ cpv: undefined, cpvPrefix: null });
  });

  it("falls back to no filter for anything unreadable, never to an error", () => {
    const query = catalogueQuerySchema.parse({
      category: "SPACESHIPS",
      procedure: "LOTTERY",
      language: "xx",
      country: "France",
      sort: "random",
      page: "-3",
      deprecated: "maybe",
    });
    expect(query).toMatchObject({ page: 1, deprecated: false, sort: "newest" });
    expect(query.category ?? query.procedure ?? query.language ?? query.country).toBeUndefined();
  });

  it("accepts the form's values: a checked box, a lower-case country", () => {
    expect(catalogueQuerySchema.parse({ deprecated: "on", country: "be" })).toMatchObject({
      deprecated: true,
      country: "BE",
    });
  });
});
