import { describe, expect, it } from "vitest";
import { catalogueQuerySchema } from "./catalogue-query";
import { catalogueHref } from "./catalogue-href";

describe("catalogueHref", () => {
  it("leaves out defaults", () => {
    expect(catalogueHref(catalogueQuerySchema.parse({}))).toBe("/catalogue");
    expect(catalogueHref(catalogueQuerySchema.parse({ q: "mail", sort: "relevance" }))).toBe("/catalogue?q=mail");
  });

  it("keeps every filter and changes the page", () => {
    const query = catalogueQuerySchema.parse({
      q: "mail suite",
      cpv: "48",
      country: "be",
      deprecated: "on",
      sort: "used",
    });
    expect(catalogueHref(query, { page: 3 })).toBe(
      "/catalogue?q=mail+suite&cpv=48&country=BE&deprecated=1&sort=used&page=3",
    );
  });
});
