import { describe, expect, it } from "vitest";
import { freeTranslationLanguages, translationLinkRefusal, type TranslationMember } from "./translations";

const member = (id: string, language: string, extra: Partial<TranslationMember> = {}): TranslationMember => ({
  id,
  organisationId: "ministry",
  language,
  status: "PUBLISHED",
  translationOfId: null,
  ...extra,
});

const suite = member("suite", "en");
const suiteFr = member("suite-fr", "fr", { translationOfId: "suite" });
const draftDe = member("draft-de", "de", { status: "DRAFT" });

describe("translationLinkRefusal", () => {
  it("lets a template of the same organisation in another language translate an original", () => {
    expect(
      translationLinkRefusal({
        template: draftDe,
        original: suite,
        originalTranslations: [suiteFr],
        templateTranslationCount: 0,
      }),
    ).toBeNull();
  });

  it("refuses a template as its own translation", () => {
    expect(
      translationLinkRefusal({
        template: suite,
        original: suite,
        originalTranslations: [],
        templateTranslationCount: 0,
      }),
    ).toBe("self");
  });

  it("refuses another organisation's template as the original", () => {
    const cityTemplate = member("city", "de", { organisationId: "city" });
    expect(
      translationLinkRefusal({
        template: cityTemplate,
        original: suite,
        originalTranslations: [],
        templateTranslationCount: 0,
      }),
    ).toBe("otherOrganisation");
  });

  it("refuses chains, so no cycle can ever form", () => {
    // draft-de → suite-fr → suite would be a chain: the original must not be a translation itself.
    expect(
      translationLinkRefusal({
        template: draftDe,
        original: suiteFr,
        originalTranslations: [],
        templateTranslationCount: 0,
      }),
    ).toBe("originalIsTranslation");
    // suite → draft-de while suite-fr → suite: suite has translations, so it stays an original.
    // (Were it allowed, draft-de → suite next would close the cycle suite → draft-de → suite.)
    expect(
      translationLinkRefusal({
        template: suite,
        original: draftDe,
        originalTranslations: [],
        templateTranslationCount: 1,
      }),
    ).toBe("hasTranslations");
  });

  it("refuses a deprecated original, the original's own language, and a language already translated", () => {
    expect(
      translationLinkRefusal({
        template: draftDe,
        original: { ...suite, status: "DEPRECATED" },
        originalTranslations: [],
        templateTranslationCount: 0,
      }),
    ).toBe("originalDeprecated");
    expect(
      translationLinkRefusal({
        template: member("other-en", "en"),
        original: suite,
        originalTranslations: [],
        templateTranslationCount: 0,
      }),
    ).toBe("sameLanguage");
    expect(
      translationLinkRefusal({
        template: member("second-fr", "fr"),
        original: suite,
        originalTranslations: [suiteFr],
        templateTranslationCount: 0,
      }),
    ).toBe("languageTaken");
  });

  it("accepts linking again a translation already in the group (its own language is not 'taken' by itself)", () => {
    expect(
      translationLinkRefusal({
        template: suiteFr,
        original: suite,
        originalTranslations: [suiteFr],
        templateTranslationCount: 0,
      }),
    ).toBeNull();
  });
});

describe("freeTranslationLanguages", () => {
  it("leaves the languages the group does not have yet, in the order given", () => {
    // The group has English (the original) and French: German is left.
    expect(freeTranslationLanguages(["en", "fr", "de"], [suite, suiteFr])).toEqual(["de"]);
    expect(freeTranslationLanguages(["en", "fr", "de"], [suite])).toEqual(["fr", "de"]);
  });
});
