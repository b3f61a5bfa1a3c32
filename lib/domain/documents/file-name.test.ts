import { describe, expect, it } from "vitest";
import { exportBaseName, templateBaseName } from "./file-name";

describe("exportBaseName", () => {
  it.each([
    ["MIN-2027-0004", "Case management system", undefined, "MIN-2027-0004-case-management-system"],
    ["MIN-2027-0004", "Système de gestion « dossiers » / Öffentliche Straße", undefined, "MIN-2027-0004-systeme-de-gestion-dossiers-offentliche-strasse"], // prettier-ignore
    ["VIL/2027 07", "Hébergement", "award-report", "VIL-2027-07-hebergement-award-report"],
    ["../../etc", '"; rm -rf', undefined, "etc-rm-rf"],
    ["", "", undefined, "tender"],
  ])("%s + %s → %s", (reference, title, suffix, expected) => {
    expect(exportBaseName(reference, title, suffix)).toBe(expected);
  });

  it("keeps long titles to 60 characters without a dangling dash", () => {
    const name = exportBaseName("R-1", "a".repeat(59) + " tail of the title");
    // "R-1-" and the first 60 characters of the slug: 59 a's and "-", the dash dropped.
    expect(name).toBe(`R-1-${"a".repeat(59)}`);
  });
});

describe("templateBaseName", () => {
  it("is the template's address and version, marked when a draft", () => {
    expect(templateBaseName("open-source-collaboration-suite", 2, false)).toBe("open-source-collaboration-suite-v2");
    expect(templateBaseName("open-source-collaboration-suite", 3, true)).toBe(
      "open-source-collaboration-suite-v3-draft",
    );
    // Slugs are already safe; anything else is made so, never left empty.
    expect(templateBaseName("../Modèle", 1, false)).toBe("modele-v1");
    expect(templateBaseName("", 1, false)).toBe("template-v1");
  });
});
