import { describe, expect, it } from "vitest";
import { isScaleScored, usesQualityScale, validateCriteria, type Criterion } from "./award-criteria";
import { award as awardAround, price as f1Price, sovereignty } from "./testing/award-criteria-fixtures";

const price: Criterion = { ...f1Price, weight: 60 };
const automatic = (licencesPercent: number, standardsPercent: number, extra: Partial<Criterion> = {}): Criterion => ({
  key: "openness",
  name: "Openness",
  kind: "OPENNESS",
  weight: 20,
  automaticOpenness: { licencesPercent, standardsPercent },
  ...extra,
});
// No descriptor: nothing is scored on the scale when the only openness criterion is automatic.
const award = (criteria: Criterion[]) => awardAround(criteria, { qualityScale: { max: 5, descriptors: [] } });
const codes = (criteria: Criterion[]) => validateCriteria(award(criteria)).map((p) => `${p.code}@${p.path}`);

describe("an openness criterion computed automatically", () => {
  it("is not scored on the scale, so a tender without other scored leaves needs no descriptors", () => {
    expect(isScaleScored(automatic(50, 50))).toBe(false);
    expect(usesQualityScale([price, sovereignty, automatic(50, 50)])).toBe(false);
    expect(codes([price, sovereignty, automatic(50, 50)])).toEqual([]);
  });

  it.each<[number, number, boolean]>([
    [50, 50, true],
    [100, 0, true], // licences alone
    [0, 100, true], // standards alone
    [60, 30, false], // must add up to 100
    [50.5, 49.5, false], // whole percent
    [-10, 110, false],
    [NaN, NaN, false],
  ])("takes a mix of licences %d % and standards %d %: %s", (licences, standards, ok) => {
    expect(codes([price, sovereignty, automatic(licences, standards)])).toEqual(
      ok ? [] : ["criteria.automaticOpennessMixInvalid@criteria.2.automaticOpenness.licencesPercent"],
    );
  });

  it("belongs to an openness leaf only", () => {
    const quality = { ...automatic(50, 50), kind: "QUALITY" as const };
    const parent = automatic(50, 50, {
      children: [{ key: "interfaces", name: "Interfaces", kind: "OPENNESS", weight: 100 }],
    });
    expect(codes([price, sovereignty, quality])).toContain(
      "criteria.automaticOpennessNotLeaf@criteria.2.automaticOpenness",
    );
    expect(codes([price, sovereignty, parent])).toContain(
      "criteria.automaticOpennessNotLeaf@criteria.2.automaticOpenness",
    );
  });

  it("has no minimum score, since nobody scores it on the scale", () => {
    expect(codes([price, sovereignty, automatic(50, 50, { minimumScore: 3 })])).toEqual([
      "criteria.minimumScoreNotScored@criteria.2.minimumScore",
    ]);
  });
});
