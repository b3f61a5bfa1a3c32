import { describe, expect, it } from "vitest";
import type { ClauseParameter } from "./clause-model";
import {
  emptyParameterDraft,
  parameterFromDraft,
  readDefault,
  readLimit,
  type ParameterDraft,
} from "./parameter-draft";

const draft = (changes: Partial<ParameterDraft>): ParameterDraft => ({
  ...emptyParameterDraft(),
  name: "p",
  ...changes,
});

describe("parameter drafts", () => {
  it("keeps only the settings of the chosen kind", () => {
    // The form holds every setting; a licence parameter has no limits, a text no licence rule.
    const settings = { min: "1", max: "12", maxLength: "80", accept: "FREE" as const, join: "or" as const };
    expect(parameterFromDraft(draft({ ...settings, kind: "SPDX_LICENCE", default: "EUPL-1.2" })).parameter).toEqual({
      name: "p",
      kind: "SPDX_LICENCE",
      required: true,
      accept: "FREE",
      default: "EUPL-1.2",
    });
    expect(parameterFromDraft(draft({ ...settings, kind: "MONTHS" })).parameter).toEqual({
      name: "p",
      kind: "MONTHS",
      required: true,
      min: 1,
      max: 12,
    });
    expect(parameterFromDraft(draft({ ...settings, kind: "TEXT", required: false })).parameter).toEqual({
      name: "p",
      kind: "TEXT",
      required: false,
      maxLength: 80,
    });
    expect(
      parameterFromDraft(draft({ ...settings, kind: "STANDARDS", areas: ["DOCUMENTS"], default: "ODF-1.3" })).parameter,
    ).toEqual({
      name: "p",
      kind: "STANDARDS",
      required: true,
      areas: ["DOCUMENTS"],
      minItems: 1,
      maxItems: 12,
      join: "or",
      default: ["ODF-1.3"],
    });
  });

  it("gives a choice its option codes, and each language its wording of them", () => {
    const choice = parameterFromDraft(
      draft({
        kind: "CHOICE",
        options: [
          { value: " EU ", wording: { en: "the EU", fr: "l'UE", de: "der EU" } },
          { value: "EEA", wording: { en: "the EEA", fr: "l'EEE", de: "dem EWR" } },
        ],
        default: "EU",
        text: {
          en: { label: "Location", hint: "" },
          fr: { label: "Lieu", hint: "" },
          de: { label: "Ort", hint: "" },
        },
      }),
    );
    expect(choice.parameter).toEqual({
      name: "p",
      kind: "CHOICE",
      required: true,
      options: ["EU", "EEA"],
      default: "EU",
    });
    expect(choice.text.de).toEqual({ label: "Ort", options: { EU: "der EU", EEA: "dem EWR" } });
  });

  it("reads limits and defaults as typed, keeping what is not a number for the check to report", () => {
    expect(readLimit("")).toBeUndefined();
    expect(readLimit(" 12 ")).toBe(12);
    expect(readLimit("99,5")).toBe(99.5);
    expect(readLimit("-3")).toBe(-3);
    expect(readLimit("twelve")).toBeNaN();
    const months = { name: "m", kind: "MONTHS", required: true } as ClauseParameter;
    expect(readDefault(months, " 12 ")).toBe(12);
    expect(readDefault(months, "99,5")).toBe(99.5);
    expect(readDefault(months, "twelve")).toBe("twelve");
    expect(readDefault(months, "  ")).toBeUndefined();
    const standards = { name: "s", kind: "STANDARDS", required: true } as ClauseParameter;
    expect(readDefault(standards, "ODF-1.3,  PDF-A-2;")).toEqual(["ODF-1.3", "PDF-A-2"]);
    // A limit that is not a number stays NaN in the parameter, for the definition check.
    expect(parameterFromDraft(draft({ kind: "DAYS", min: "ten" })).parameter).toMatchObject({ min: Number.NaN });
  });
});
