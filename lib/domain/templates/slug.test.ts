import { describe, expect, it } from "vitest";
import { slugFromName, uniqueSlug } from "./slug";

describe("slugFromName", () => {
  it("writes names as lower-case ASCII words joined by hyphens", () => {
    expect(slugFromName("Open-source collaboration suite (hosted or on premises)")).toBe(
      "open-source-collaboration-suite-hosted-or-on-premises",
    );
    expect(slugFromName("Développement de logiciels sur mesure — EUPL-1.2")).toBe(
      "developpement-de-logiciels-sur-mesure-eupl-1-2",
    );
    expect(slugFromName("Straße & Größe")).toBe("strasse-grosse");
  });

  it("cuts long names at a word, and falls back when nothing is left", () => {
    const slug = slugFromName(
      "Innovation partnership for an open-source alternative to proprietary office software suites",
    );
    // "innovation-partnership-for-an-open-source-alternative-to" is 56 characters; "-proprietary" would make 68.
    expect(slug).toBe("innovation-partnership-for-an-open-source-alternative-to");
    expect(slugFromName("<script></script>")).toBe("script-script");
    expect(slugFromName("—")).toBe("template");
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number", () => {
    expect(uniqueSlug("suite", new Set())).toBe("suite");
    expect(uniqueSlug("suite", new Set(["suite", "suite-2"]))).toBe("suite-3");
  });
});
