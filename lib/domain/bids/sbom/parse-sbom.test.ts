import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSbom } from "./parse-sbom";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");

// Expected components are written from reading each fixture file, by hand.
const component = (fields: Partial<Record<string, unknown>>) => ({
  version: "",
  supplier: "",
  licence: "",
  repository: "",
  relation: "DEPENDENCY",
  isAiModel: false,
  modelOpennessClass: null,
  ...fields,
});

describe("CycloneDX JSON", () => {
  it("1.4: the described component and its parts are delivered, the rest dependencies", () => {
    const result = parseSbom(fixture("cyclonedx-1.4.json"));
    expect(result).toEqual({
      ok: true,
      format: { name: "CycloneDX", version: "1.4" },
      components: [
        component({
          name: "case-portal",
          version: "2.1.0",
          supplier: "Codeworks Coop",
          licence: "EUPL-1.2",
          // The vcs reference, not the website.
          repository: "https://code.europa.eu/codeworks/case-portal",
          relation: "DELIVERED",
        }),
        component({ name: "case-portal-forms", version: "2.1.0", licence: "EUPL-1.2", relation: "DELIVERED" }),
        component({
          name: "lodash",
          version: "4.17.21",
          supplier: "OpenJS Foundation",
          licence: "MIT",
          repository: "https://github.com/lodash/lodash",
        }),
        // Two licences both apply; the name with spaces is bracketed, kept as written.
        component({
          name: "legacy-charts",
          version: "0.9",
          supplier: "Jane Doe",
          licence: "(Apache License 2.0) AND MIT",
        }),
        component({ name: "no-licence-lib", version: "1.0.0" }),
      ],
    });
  });

  it("1.5: a machine-learning-model is marked as an AI model", () => {
    const result = parseSbom(fixture("cyclonedx-1.5.json"));
    expect(result.ok && result.components).toEqual([
      component({
        name: "case-assistant",
        version: "1.0.0",
        licence: "EUPL-1.2 OR GPL-3.0-only",
        relation: "DELIVERED",
      }),
      component({
        name: "mistral-7b-instruct",
        version: "0.3",
        supplier: "Mistral AI",
        licence: "Apache-2.0",
        repository: "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3",
        isAiModel: true,
      }),
      component({ name: "pytorch", version: "2.4.0", licence: "BSD-3-Clause" }),
    ]);
  });

  it("1.6: manufacturer and authors name the supplier", () => {
    const result = parseSbom(fixture("cyclonedx-1.6.json"));
    expect(result.ok && result.format).toEqual({ name: "CycloneDX", version: "1.6" });
    expect(result.ok && result.components.map((c) => [c.name, c.supplier, c.licence, c.relation])).toEqual([
      ["case-engine", "Codeworks Coop", "EUPL-1.2", "DELIVERED"],
      ["keycloak-js", "Keycloak authors", "Apache-2.0", "DEPENDENCY"],
    ]);
  });

  it("one relation chosen for the whole file overrides the automatic one", () => {
    const result = parseSbom(fixture("cyclonedx-1.4.json"), "DELIVERED");
    expect(result.ok && result.components.map((c) => c.relation)).toEqual(Array(5).fill("DELIVERED"));
  });

  it("names the component without a name, and takes nothing", () => {
    expect(parseSbom(fixture("cyclonedx-1.5-missing-name.json"))).toEqual({
      ok: false,
      problems: [{ message: "validation.required", path: "components[1].name" }],
    });
  });
});

describe("SPDX JSON", () => {
  it("2.3: described packages and what they contain are delivered; NOASSERTION is kept", () => {
    const result = parseSbom(fixture("spdx-2.3.json"));
    expect(result).toEqual({
      ok: true,
      format: { name: "SPDX", version: "2.3" },
      components: [
        component({
          name: "case-portal",
          version: "2.1.0",
          // The prefix and the e-mail address are dropped.
          supplier: "Codeworks Coop",
          licence: "EUPL-1.2",
          // git+…@v2.1.0 → the repository itself.
          repository: "https://code.europa.eu/codeworks/case-portal.git",
          relation: "DELIVERED",
        }),
        // Concluded NOASSERTION, declared EUPL-1.2: the declaration says more.
        component({ name: "case-portal-forms", version: "2.1.0", licence: "EUPL-1.2", relation: "DELIVERED" }),
        // DEPENDS_ON is not CONTAINS; supplier NOASSERTION → the originator.
        component({
          name: "express",
          version: "4.21.0",
          supplier: "TJ Holowaychuk",
          licence: "MIT",
          repository: "https://registry.npmjs.org/express/-/express-4.21.0.tgz",
        }),
        component({ name: "mystery-lib", version: "0.1", licence: "NOASSERTION" }),
      ],
    });
  });
});

describe("files that are refused", () => {
  it.each([
    ["cyclonedx-1.3.json", 'problems.sbom.cyclonedxVersionUnsupported?{"version":"1.3"}'],
    ["spdx-2.2.json", 'problems.sbom.spdxVersionUnsupported?{"version":"SPDX-2.2"}'],
    ["cyclonedx-1.5.xml", "problems.sbom.cyclonedxXml"],
    ["spdx-2.3.spdx", "problems.sbom.spdxTagValue"],
    ["not-an-sbom.json", "problems.sbom.unknownFormat"],
  ])("%s: %s", (name, message) => {
    expect(parseSbom(fixture(name))).toEqual({ ok: false, problems: [{ message }] });
  });

  it.each([
    ["plain text", "components: lodash", "problems.sbom.notJson"],
    ["a JSON list", "[1, 2]", "problems.sbom.unknownFormat"],
    ["no components at all", '{"bomFormat":"CycloneDX","specVersion":"1.6"}', "problems.sbom.empty"],
  ])("%s: %s", (_, content, message) => {
    expect(parseSbom(content)).toEqual({ ok: false, problems: [{ message }] });
  });

  it("components that are not a list", () => {
    expect(parseSbom('{"bomFormat":"CycloneDX","specVersion":"1.5","components":{}}')).toEqual({
      ok: false,
      problems: [{ message: "problems.sbom.notAList", path: "components" }],
    });
  });
});
