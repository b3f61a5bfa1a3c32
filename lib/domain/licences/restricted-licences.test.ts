import { describe, expect, it } from "vitest";
import { findSpdxLicence, SPDX_LICENCES } from "@/lib/domain/spdx/spdx-licence-list";
import { classifyLicenceExpression } from "./classify-expression";
import { RESTRICTED_FAMILY_KEYS, RESTRICTED_LICENCE_FAMILIES, type RestrictedFamilyKey } from "./restricted-licences";

/** At least one way each family is written in bids: its SPDX ids, and the usual references. */
const EXAMPLES: Record<RestrictedFamilyKey, readonly string[]> = {
  BUSL: ["BUSL-1.1", "LicenseRef-BUSL-1.0", "LicenseRef-scancode-bsl-1.1"],
  SSPL: ["SSPL-1.0"],
  ELASTIC: ["Elastic-2.0", "LicenseRef-Elastic-License-1.0", "LicenseRef-ELv2"],
  POLYFORM: ["PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0", "LicenseRef-PolyForm-Shield-1.0.0"],
  FSL: ["FSL-1.1-MIT", "FSL-1.1-ALv2"],
  HIPPOCRATIC: ["Hippocratic-2.1", "LicenseRef-HL3-FULL"],
  CC_NC: ["CC-BY-NC-4.0", "CC-BY-NC-SA-2.0-FR", "CC-BY-NC-3.0-DE"],
  CC_ND: ["CC-BY-ND-4.0", "CC-BY-ND-3.0-DE"],
  JSON: ["JSON"],
  COMMONS_CLAUSE: [
    "Apache-2.0 WITH Commons-Clause",
    "MIT WITH AdditionRef-Commons-Clause-1.0",
    "Apache-2.0 AND LicenseRef-Commons-Clause",
    "LicenseRef-scancode-commons-clause",
  ],
  LLAMA: ["LicenseRef-Llama-3-Community", "LicenseRef-llama2", "LicenseRef-Meta-Llama-3.1"],
  RAIL: [
    "LicenseRef-OpenRAIL-M",
    "LicenseRef-BigScience-OpenRAIL-M",
    "LicenseRef-CreativeML-OpenRAIL-M",
    "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "LicenseRef-RAIL-M",
  ],
  CONFLUENT: ["LicenseRef-Confluent-Community-1.0"],
  REDIS_RSAL: ["LicenseRef-RSALv2", "LicenseRef-Redis-Source-Available-2.0"],
};

describe("the restricted licence list", () => {
  it("cites at least one source and says why for every family, and has a message key per family", () => {
    expect(RESTRICTED_LICENCE_FAMILIES.map((family) => family.key)).toEqual([...RESTRICTED_FAMILY_KEYS]);
    for (const family of RESTRICTED_LICENCE_FAMILIES) {
      expect(family.why.length, family.key).toBeGreaterThan(40);
      expect(family.sources.length, family.key).toBeGreaterThan(0);
      for (const source of family.sources) expect(source.url, family.key).toMatch(/^https:\/\//);
      expect(family.restrictions.length, family.key).toBeGreaterThan(0);
    }
  });

  it("names only ids of the shipped SPDX list, none of them OSI-approved", () => {
    for (const family of RESTRICTED_LICENCE_FAMILIES) {
      for (const id of family.spdxIds ?? []) {
        expect(findSpdxLicence(id), `${family.key}: ${id}`).toBeDefined();
        expect(findSpdxLicence(id)?.isOsiApproved, id).toBe(false);
      }
    }
  });

  it("covers every Creative Commons NonCommercial and NoDerivatives id of SPDX 3.28", () => {
    const matching = (key: RestrictedFamilyKey) => {
      const family = RESTRICTED_LICENCE_FAMILIES.find((candidate) => candidate.key === key)!;
      return SPDX_LICENCES.filter((licence) => family.spdxIdPattern!.test(licence.id)).length;
    };
    // Counted on the list: NC 6 + NC-ND 7 + NC-SA 10 = 23; ND 6 + NC-ND 7 = 13.
    expect(matching("CC_NC")).toBe(23);
    expect(matching("CC_ND")).toBe(13);
  });

  it.each(RESTRICTED_FAMILY_KEYS.flatMap((key) => EXAMPLES[key].map((example) => [key, example] as const)))(
    "%s: %s is not open, alone and in any AND; an open OR choice still makes it open",
    (key, example) => {
      const alone = classifyLicenceExpression(example);
      expect(alone.licenceClass).toBe("NOT_OPEN");
      expect(alone.restrictedFamilies).toContain(key);
      expect(alone.reasons.map((item) => item.code)).toContain(`licences.restricted.${key}`);
      expect(classifyLicenceExpression(`MIT AND (${example})`).licenceClass).toBe("NOT_OPEN");
      expect(classifyLicenceExpression(`(${example}) AND EUPL-1.2 AND Apache-2.0`).licenceClass).toBe("NOT_OPEN");
      expect(classifyLicenceExpression(`(${example}) OR MIT`).licenceClass).toBe("OPEN");
    },
  );

  it("tells the two CC families apart and counts both for NC-ND", () => {
    expect(classifyLicenceExpression("CC-BY-NC-ND-3.0-IGO").restrictedFamilies).toEqual(["CC_NC", "CC_ND"]);
  });

  it("does not catch look-alikes", () => {
    expect(classifyLicenceExpression("BSL-1.0").licenceClass).toBe("OPEN"); // Boost, not Business Source
    expect(classifyLicenceExpression("CC-BY-SA-4.0").licenceClass).toBe("FREE_NOT_OSI");
    expect(classifyLicenceExpression("LicenseRef-Railway-Internal").restrictedFamilies).toEqual([]);
    expect(classifyLicenceExpression("LicenseRef-Trail-1.0").restrictedFamilies).toEqual([]);
  });

  it("recognises a restricted licence written without LicenseRef-, and suggests the prefix", () => {
    expect(classifyLicenceExpression("Llama-3-Community")).toMatchObject({
      licenceClass: "NOT_OPEN",
      valid: false,
      suggestion: { expression: "LicenseRef-Llama-3-Community", licenceClass: "NOT_OPEN" },
    });
  });
});
